# expect: writes=yes reads=no risk=low approval=yes
# why: a helper stores a PV into a dict passed as a parameter; the caller's literal-key lookup config['quad'] stays precise and plain
from epics import PV

def connect(cfg):
    cfg["quad"] = PV("QUAD:01:SETPT")

config = {"quad": None, "target": 1.5}
connect(config)
config["quad"].put(config["target"])
results = {}
