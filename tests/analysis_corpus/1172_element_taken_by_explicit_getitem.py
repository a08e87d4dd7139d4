# expect: writes=yes reads=yes risk=low approval=yes
# why: an element taken out of a tuple, list or dict by calling __getitem__ explicitly is the device it holds, also where a branch or loop rebinds the name (red-team round 40, helper X: it was the device's own item read)
import tango
d = tango.DeviceProxy("sr/ps/1")
if d.state() is not None:
    d = (d,).__getitem__(0)
    d["Current"] = 1.0
e = tango.DeviceProxy("sr/ps/2")
for e in ([e],).__getitem__(0):
    e["Current"] = 2.0
results = {}
