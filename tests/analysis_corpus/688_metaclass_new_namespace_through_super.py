# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass __new__ that puts a PV in the namespace before super().__new__ makes it a class attribute (round 16)
import epics
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['target'] = epics.PV('SR:HCOR1:SP')
        return super().__new__(mcls, name, bases, ns)
class Knob(metaclass=Meta):
    pass
Knob.target.put(1.0)
results = {}
