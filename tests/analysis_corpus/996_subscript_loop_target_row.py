# expect: writes=yes reads=no risk=low approval=yes
# why: `for cur['row'] in rows`: the loop stores each row in `cur`, so the PV appended through `cur['row']` is in `rows` (red-team round 26)
import epics
rows = [[], []]
cur = {}
for cur['row'] in rows:
    cur['row'].append(epics.PV('SR:HCM:SP'))
rows[0][0].put(0.0)
