# expect: writes=yes reads=no risk=low approval=yes
# why: a local subclass of a pyepics device whose constructor puts (round 44, helper G)
from epics.devices import Scan

class MyScan(Scan):
    pass

MyScan("BL:scan1")
