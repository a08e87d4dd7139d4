# expect: writes=yes reads=no risk=high approval=n/a
# why: a PV stored by a name the walk cannot see, through __dict__
import epics
class Holder:
    def __init__(self, **kw):
        self.__dict__.update(kw)
h = Holder(w=epics.PV('SR:QF1:I'))
h.w.put(1.0)
results = {}
