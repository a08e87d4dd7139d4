# expect: writes=yes reads=no risk=low approval=yes
# why: pvs += [pv] in a helper extends the list it was handed (round 14)
import epics
def add_magnet(pvs, name):
    pvs += [epics.PV(name)]
magnets = []
add_magnet(magnets, "SR:QF1:CURRENT_SP")
for pv in magnets:
    pv.value = 1.0
results = {}
