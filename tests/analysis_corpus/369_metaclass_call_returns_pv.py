# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass __call__ returns epics.PV(...): calling the class gives a PV (red-team round 6)
import epics

class PVFactory(type):
    def __call__(cls, suffix):
        return epics.PV(cls.prefix + suffix)

class Quad(metaclass=PVFactory):
    prefix = 'SR:QF1:'

sp = Quad('CURRENT_SP')
sp.value = 12.5
results = {}
