# expect: writes=no reads=yes risk=low approval=no
# why: records made with keyword arguments, in a comprehension and on their own: the label's text methods are not device commands (red-team round 45)
import tango
rows = [dict(proxy=tango.DeviceProxy(n), label=n) for n in ("sr/ps/1", "sr/ps/2")]
for r in rows:
    print(r["label"].upper(), r["proxy"].state())
single = dict(name="sr/ps/3", dev=tango.DeviceProxy("sr/ps/3"))
print(single["name"].upper(), single["dev"].state())
