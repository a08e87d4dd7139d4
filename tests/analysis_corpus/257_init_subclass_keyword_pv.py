# expect: writes=yes reads=no risk=low approval=yes
# why: a class keyword hands a PV to the base class's __init_subclass__
import epics
class Base:
    def __init_subclass__(cls, target=None, **kw):
        super().__init_subclass__(**kw)
        target.value = 1.0
pv = epics.PV('X:Y')
class Child(Base, target=pv):
    pass
results = {}
