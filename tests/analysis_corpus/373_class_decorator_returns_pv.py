# expect: writes=yes reads=no risk=low approval=yes
# why: a class decorator returns epics.PV(cls.name): the class name is bound to a PV (red-team round 6)
import epics

def channel(cls):
    return epics.PV(cls.name)

@channel
class QF1:
    name = 'SR:QF1:CURRENT_SP'

QF1.value = 12.5
results = {}
