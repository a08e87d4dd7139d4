# expect: writes=yes reads=no risk=low approval=yes
# why: a PV kept as a class-body attribute of a local base class, reached on a subclass's instance (round 13)
import epics
class Base:
    target = epics.PV("SR:QF1:CURRENT_SP")
class Ramp(Base):
    pass
Ramp().target.value = 2.0
results = {}
