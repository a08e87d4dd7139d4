# expect: writes=yes reads=yes risk=low approval=yes
# why: dict filled through a function parameter, read back with .get(): the caller's dict is only ever {}
# why: (the dict holds the PV, so `.get(key)` on it also counts as the PV's own read: conservative)
from epics import PV

def connect(cfg):
    cfg["quad"] = PV("QUAD:01:SETPT")

config = {}
connect(config)
config.get("quad").value = 1.5
results = {}
