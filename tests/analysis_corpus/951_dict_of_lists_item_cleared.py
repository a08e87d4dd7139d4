# expect: writes=no reads=yes risk=low approval=no
# why: a dict display of empty lists, devices appended to its items: clearing an item is the list's (round 24)
import tango
pending = {"q": [], "s": []}
pending["q"].append(tango.DeviceProxy("sr/ps/q1"))
for dev in pending["q"]:
    print(dev.state())
pending["q"].clear()
results = {"n": len(pending)}
