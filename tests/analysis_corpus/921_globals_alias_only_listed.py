# expect: writes=no reads=yes risk=low approval=no
# why: an alias of `globals()` only iterated for its names binds nothing: low (round 23)
import epics
g = globals()
names = sorted(k for k in g if not k.startswith("_"))
value = epics.caget("SR:DCCT:CURRENT")
results = {"names": names, "current": value}
