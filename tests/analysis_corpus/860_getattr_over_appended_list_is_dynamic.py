# expect: writes=yes reads=no risk=high approval=n/a
# why: a list of names that the code also changes (`NAMES.append('put')`) may hold any name: `getattr(pv, name)` over it stays unverifiable dynamic access (round 21)
import epics
NAMES = ["get"]
NAMES.append("put")
pv = epics.PV("SR:MAG1")
for name in NAMES:
    getattr(pv, name)(1)
