# expect: writes=yes reads=no risk=low approval=yes
# why: `active = [r for r in rows if r is not None]` holds the same lists as `rows`, so the corrector appended through the view is put through `rows` (red-team round 26)
import epics
rows = [[], []]
active = [r for r in rows if r is not None]
active[0].append(epics.PV('SR:C1:HCM:SP'))
rows[0][0].put(0.0)
