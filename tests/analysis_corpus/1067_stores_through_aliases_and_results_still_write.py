# expect: writes=yes reads=no risk=low approval=yes
# why: keys stored through an alias, into a helper's result or by the helper itself are still devices when the table is iterated (red-team round 34 guards: aliases, copies and returned dicts keep their keys)
import tango
REGISTRY = {"count": 0}


def registry():
    return REGISTRY


def keyed(name):
    out = {}
    out[tango.DeviceProxy(name)] = name
    return out


alias = REGISTRY
alias[tango.DeviceProxy("sr/ps/q1")] = 1.0
for key in registry():
    if not isinstance(key, str):
        key.On()
for dev, name in keyed("sr/ps/q2").items():
    dev.Standby()
results = {}
