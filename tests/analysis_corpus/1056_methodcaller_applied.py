# expect: writes=yes reads=no risk=low approval=yes
# why: `methodcaller('update', ps=rec)(cfg)` is `cfg.update(ps=rec)` and `methodcaller('write_attribute', ...)` applied to a proxy writes it (red-team round 33: the first was missed)
import operator
import types
import tango

cfg = {}
load = operator.methodcaller("update", ps=types.SimpleNamespace(dev=tango.DeviceProxy("sr/ps/main")))
load(cfg)
cfg["ps"].dev.Off()
zero = operator.methodcaller("write_attribute", "Current", 0.0)
for dev in [tango.DeviceProxy("sr/ps/q1")]:
    zero(dev)
results = {}
