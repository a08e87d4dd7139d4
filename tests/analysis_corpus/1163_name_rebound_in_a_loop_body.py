# expect: writes=no reads=yes risk=low approval=no
# why: a name rebound in a loop's body from a device to a dict, and a loop target rebound to a dict, hold the dict where the body then stores into it (red-team round 40, helper V; before, every value the name ever had)
import tango
rows = []
for member in ("sr/ps/1", "sr/ps/2"):
    dev = tango.DeviceProxy(member)
    reading = dev.read_attribute("Current").value
    dev = {"member": member, "current": reading}
    dev["ok"] = reading < 5.0
    rows.append(dev)
for dev in [tango.DeviceProxy(m) for m in ("sr/ps/3",)]:
    state = dev.state()
    dev = {"state": str(state)}
    dev["checked"] = True
    rows.append(dev)
summary = {"n": len(rows)}
summary["bad"] = [r for r in rows if not r.get("ok", True)]
results = {"rows": rows, "summary": summary}
