# expect: writes=yes reads=no risk=low approval=yes
# why: setpoints[PV(name)] = sp, then .items(): the dict holds its keys (round 14)
import epics
setpoints = {}
for name, sp in [("SR:QF1:CURRENT_SP", 1.0), ("SR:QD1:CURRENT_SP", 2.0)]:
    setpoints[epics.PV(name)] = sp
for pv, sp in setpoints.items():
    pv.value = sp
results = {}
