# expect: writes=yes reads=no risk=low approval=yes
# why: `fill(into=chain)` appends PVs to the caller's list loaded from JSON, passed by keyword (red-team round 26)
import epics, json
def fill(names, into):
    for name in names:
        into.append(epics.PV(name))
chain = json.loads('[]')
fill(['SR:HCM1:SP'], into=chain)
chain[0].put(0.0)
