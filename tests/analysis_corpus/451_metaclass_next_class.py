# expect: writes=yes reads=no risk=low approval=yes
# why: next(Cls) on a class whose metaclass hands out the next corrector. (red-team round 7)
import epics

class Cycle(type):
    def __next__(cls):
        cls.i = (cls.i + 1) % len(cls.names)
        return epics.PV(cls.names[cls.i])

class Correctors(metaclass=Cycle):
    names = ['SR:HCM1:SP', 'SR:HCM2:SP']
    i = -1

for _ in range(2):
    next(Correctors).value = 0.0
results = {}
