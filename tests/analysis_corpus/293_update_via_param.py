# expect: writes=yes reads=no risk=low approval=yes
# why: reg.update({key: PV}) on a parameter does not reach the caller's dict registry
from epics import PV
registry = {"quad": None}
def register(reg, key, name):
    reg.update({key: PV(name)})
register(registry, "quad", "QUAD:01:SETPT")
registry["quad"].value = 1.5
results = {}
