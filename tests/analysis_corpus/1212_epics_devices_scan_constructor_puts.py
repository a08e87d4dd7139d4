# expect: writes=yes reads=yes risk=low approval=yes
# why: pyepics' epics.devices.Scan puts its message field when it is made: making one writes (red-team round 42, helper C)
from epics.devices import Scan
scan = Scan('13IDE:scan1')
print(scan.NPTS)
