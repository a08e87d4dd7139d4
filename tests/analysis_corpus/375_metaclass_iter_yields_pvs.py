# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass __iter__ gives PVs: for c in Class writes each (red-team round 6)
import epics

class BankMeta(type):
    def __iter__(cls):
        return iter([epics.PV(n) for n in cls.names])

class Correctors(metaclass=BankMeta):
    names = ['SR:HCM1:SP', 'SR:HCM2:SP']

for c in Correctors:
    c.value = 0.0
results = {}
