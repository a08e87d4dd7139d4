# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: rows pairing a Tango device with a fresh list (`[(DeviceProxy(n), []) ...]`, `list(zip(devs, bufs))`): appending readings to the list of each row is the list's method; what is stored into an element of the rows no longer merges their positions (red-team round 31; `buf.append` read as a device command before)
import tango
names = ["sr/ps/q1", "sr/ps/q2"]
pairs = [(tango.DeviceProxy(n), []) for n in names]
for _ in range(3):
    for dev, history in pairs:
        history.append(dev.read_attribute("Current").value)
devs = [tango.DeviceProxy(n) for n in names]
bufs = [[] for _ in names]
rows = list(zip(devs, bufs))
for dev, buf in rows:
    buf.append(dev.read_attribute("Voltage").value)
results = {n: h for n, (_, h) in zip(names, pairs)}
