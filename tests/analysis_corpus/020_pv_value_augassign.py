# expect: writes=yes reads=yes risk=low approval=yes
# why: augmented assignment `pv.value += 1` reads and writes
import epics
pv = epics.PV('MAG:QF1:CURRENT_SP')
pv.value += 1
results = {}
