# expect: writes=yes reads=no risk=low approval=yes
# why: a dict display later keyed by a PV (directly or through an alias) has that PV among its keys, so `for k in d`, `d.keys()` and `.items()` keys can write;
# why: a parameter rebound to a dict literal only when it is None still holds the caller's dict (round 18; these were missed writes)
import epics

d = {n: 1 for n in "abc"}
d[epics.PV("SR:CH1")] = 1
for k, v in d.items():
    k.put(1)

e = {}
alias = e
alias[epics.PV("SR:CH2")] = 1
for k in e.keys():
    k.put(2)


def apply(cfg=None):
    if cfg is None:
        cfg = {"a": 1}
    cfg["a"].put(3)


apply({"a": epics.PV("SR:CH3")})
results = {}
