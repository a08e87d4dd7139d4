# expect: writes=yes reads=yes risk=low approval=yes
# why: a loop over literal names that include `put` resolves `getattr(pv, name)(1)` to both methods: a verified write, not dynamic access (round 21)
import epics
pv = epics.PV("SR:MAG1")
for name in ("get", "put"):
    getattr(pv, name)(1)
