# expect: writes=no reads=yes risk=low approval=no
# why: lists of dict displays, appended records, sorted loops over them and an indexed record keep each key's value apart (red-team round 45)
import tango
cfg = [{"name": "sr/ps/1", "dev": tango.DeviceProxy("sr/ps/1")}]
cfg.append({"name": "sr/ps/2", "dev": tango.DeviceProxy("sr/ps/2")})
for e in sorted(cfg, key=lambda e: e["name"]):
    print(e["name"].upper(), e["dev"].state())
made = [{"name": n, "dev": tango.DeviceProxy(n)} for n in ("sr/ps/3",)]
print(made[0]["name"].lower().split("/"), made[0]["dev"].status())
