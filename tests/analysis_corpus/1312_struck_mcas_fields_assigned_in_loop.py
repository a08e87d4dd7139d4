# expect: writes=yes reads=no risk=low approval=yes
# why: a Struck's mcas list holds MCA devices: assigning a field of each in a loop writes (red-team round 43, helper D)
from epics.devices import Struck

sis = Struck('13IDE:SIS1:', nchan=2)
for mca in sis.mcas:
    mca.PRTM = 1.0
