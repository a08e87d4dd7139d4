# expect: writes=yes reads=no risk=low approval=yes
# why: a bound method taken as a value gives its instance back through weakref.WeakMethod, and copy._reconstruct rewrites its attributes (round 47, helper Y)
import epics
import copy
import weakref

class Controller:
    def __init__(self, simulate):
        self.simulate = simulate

    def move(self, v):
        if self.simulate:
            return None
        epics.caput("X:SP", v)

c = Controller(simulate=True)
copy._reconstruct(None, None, weakref.ref.__call__, (weakref.WeakMethod(c.move),), {"simulate": False})
c.move(83.0)
results = {"done": True}
