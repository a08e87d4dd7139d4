# expect: writes=yes reads=no risk=low approval=yes
# why: Enum members hold PVs: m.value.value = 0 writes (red-team round 6)
import enum
import epics

class Magnet(enum.Enum):
    QF1 = epics.PV('SR:QF1:CURRENT_SP')
    QD1 = epics.PV('SR:QD1:CURRENT_SP')

for m in Magnet:
    m.value.value = 0.0
results = {}
