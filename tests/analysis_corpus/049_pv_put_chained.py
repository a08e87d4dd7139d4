# expect: writes=yes reads=no risk=low approval=yes
# why: epics.PV(...).put chained
import epics
epics.PV('MAG:QF1:CURRENT_SP').put(1.0, wait=True)
results = {}
