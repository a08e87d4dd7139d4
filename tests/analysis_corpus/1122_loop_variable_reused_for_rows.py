# expect: writes=no reads=yes risk=low approval=no
# why: a name only plain `for` loops bind holds, in each loop's body, that loop's item: `p` reused for row dicts after proxies is a dict there, its item stores and string methods are text's (red-team round 37: false writes `DeviceProxy.__setitem__`, `.split`)
from tango import DeviceProxy

proxies = [DeviceProxy(name) for name in ["sr/ps/q1", "sr/ps/q2"]]
rows = []
for p in proxies:
    rows.append({"name": p.dev_name(), "state": str(p.State())})
for p in rows:
    p["ok"] = p["state"] == "ON"
    p["family"] = p["name"].split("/")[-1]
results = {"rows": rows}
