# expect: writes=no reads=yes risk=low approval=no
# why: the keys of a copied dict of devices (`m.copy()`, `dict(m)`, `{**m}`, `enumerate(m)`, `map(str, m)`) are names, not devices: `.upper()` is no device command (red-team round 32; false writes before)
import tango
devs = {"sr/ps/q1": tango.DeviceProxy("sr/ps/q1"), "sr/ps/q2": tango.DeviceProxy("sr/ps/q2")}
labels = [name.upper() for name in devs.copy()]
labels += [name.upper() for name in dict(devs)]
labels += [name.upper() for name in {**devs}]
labels += [name.upper() for _, name in enumerate(devs)]
labels += [name.upper() for name in map(str, devs)]
currents = {name: dev.read_attribute("Current").value for name, dev in devs.items()}
results = {"labels": labels, "currents": currents}
