# expect: writes=yes reads=no risk=low approval=yes
# why: `vars(b)` bound to a name and updated with another object's attributes gives `b` the PV, so the per-class model is off and `b.target.put` writes (round 20)
import epics


class A:
    def __init__(self):
        self.target = epics.PV("X")


class B:
    def __init__(self):
        self.target = None


a = A()
b = B()
d = vars(b)
d.update(vars(a))
b.target.put(1)
