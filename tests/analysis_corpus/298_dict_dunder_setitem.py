# expect: writes=yes reads=no risk=low approval=yes
# why: cfg.__setitem__('quad', pv) is not a container mutator, so the literal-key lookup stays plain
from epics import PV
cfg = {"quad": None}
cfg.__setitem__("quad", PV("QUAD:01:SETPT"))
cfg["quad"].value = 1.5
results = {}
