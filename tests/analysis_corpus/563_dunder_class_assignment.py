# expect: writes=yes reads=no risk=high approval=n/a
# why: obj.__class__ = epics.PV turns a local object into a PV: reflection aimed at the control system (round 13)
import epics
class Placeholder:
    pass
h = Placeholder()
h.pvname = "SR:QF1:CURRENT_SP"
h.__class__ = epics.PV
h.value = 1.0
results = {}
