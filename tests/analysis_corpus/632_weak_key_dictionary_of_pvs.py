# expect: writes=yes reads=no risk=low approval=yes
# why: a WeakKeyDictionary keyed by PVs holds them, as a dict made here does (round 15)
import epics, weakref
d = weakref.WeakKeyDictionary()
keep = [epics.PV("X:A")]
d[keep[0]] = 1.0
for pv, v in d.items():
    pv.value = v
results = {}
