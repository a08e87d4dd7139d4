# expect: writes=yes reads=no risk=low approval=yes
# why: SimpleNamespace(items=dev) binds attribute via kwargs; other assignments of .items are [] (red-team round 24)
import types, tango
a = types.SimpleNamespace()
a.items = []
b = types.SimpleNamespace(items=tango.DeviceProxy("sys/tg_test/1"))
a.items.clear()
b.items.clear()
results = {"done": True}
