# expect: writes=no reads=no risk=low approval=no
# why: a method called on a display itself is the container's (`{...}.items()`, `[...].count()`), and the display's own keys are text (red-team round 33; `DeviceProxy.items`, `.count` and `.upper` were false writes before)
import tango
labels = []
for name, dev in {"sr/ps/q1": tango.DeviceProxy("sr/ps/q1")}.items():
    labels.append(name.upper())
missing = [tango.DeviceProxy("sr/ps/q2")].count(None)
results = {"labels": labels, "missing": missing}
