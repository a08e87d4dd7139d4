# expect: writes=yes reads=no risk=low approval=yes
# why: dict filled through a function parameter, read back with .get(): the caller's dict is only ever {}
# why: (`.get(key)` on a name only ever bound to dict displays is the dict's, not the PV's read: round 22)
from epics import PV

def connect(cfg):
    cfg["quad"] = PV("QUAD:01:SETPT")

config = {}
connect(config)
config.get("quad").value = 1.5
results = {}
