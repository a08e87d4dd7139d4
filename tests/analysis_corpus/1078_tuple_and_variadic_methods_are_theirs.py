# expect: writes=no reads=yes risk=low approval=no
# why: a tuple display's or `tuple(...)`'s `index`/`count`, and a `*args` tuple's or `**kwargs` dict's methods, are the container's, not the devices' in them (red-team round 34: Tango commands)
import tango

pair = (tango.DeviceProxy("sr/ps/q1"), tango.DeviceProxy("sr/ps/q2"))
frozen = tuple(tango.DeviceProxy(n) for n in ["sr/ps/q3", "sr/ps/q4"])
print(pair.index(pair[1]), frozen.count(frozen[0]))


def report(*devices, **named):
    print(devices.count(None), len(devices))
    for label, dev in sorted(named.items()):
        print(label, dev.state())
    return named.get("main")


report(pair[0], main=pair[1])
results = {"n": len(frozen)}
