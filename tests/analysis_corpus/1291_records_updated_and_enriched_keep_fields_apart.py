# expect: writes=no reads=yes risk=low approval=no
# why: a dict filled by keyword updates and a config list enriched with proxies in a loop keep each key's value apart (red-team round 45)
import tango
info = {}
info.update(name="sr/ps/1")
info.update(dev=tango.DeviceProxy("sr/ps/1"))
print(info["name"].lower().split("/"), info["dev"].read_attribute("Current").value)
config = [{"name": "sr/ps/1", "limit": 5.0}, {"name": "sr/ps/2", "limit": 3.0}]
for entry in config:
    entry["proxy"] = tango.DeviceProxy(entry["name"])
for entry in config:
    print(entry["name"].upper(), entry["proxy"].read_attribute("Current").value)
