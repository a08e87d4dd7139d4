# expect: writes=yes reads=no risk=low approval=yes
# why: a list loaded from JSON, filled with PVs through a second name: `chain.append(pv)` is `loaded.append(pv)` (red-team round 26)
import epics, json
loaded = json.loads('[]')
chain = loaded
chain.append(epics.PV('SR:HCM1:SP'))
loaded[0].put(0.0)
