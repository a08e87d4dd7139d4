# expect: writes=yes reads=no risk=low approval=yes
# why: a library wrapper keeps what it wraps as an attribute, read back on what the walk took for the device itself (round 43, helper C)
import contextlib
import epics

class Box:
    def close(self):
        pass

b = Box()
b.pv = epics.PV('SR:C')
c = contextlib.closing(epics.PV('SR:C2'))
c.thing.put(1)
