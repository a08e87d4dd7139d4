# expect: writes=yes reads=no risk=low approval=yes
# why: a SimpleNamespace's __getstate__() gives its devices, which are sent a command (round 46)
import types
import tango

rf = types.SimpleNamespace(tx1=tango.DeviceProxy("sr/rf/tx1"), tx2=tango.DeviceProxy("sr/rf/tx2"))
for name, dev in rf.__getstate__().items():
    dev.On()
results = {"started": 2}
