# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1289-1291: the device field of a record still writes, through a comprehension, an enriched config entry and a keyword update
import tango
rows = [dict(proxy=tango.DeviceProxy(n), label=n) for n in ("sr/ps/1",)]
for r in rows:
    print(r["label"].upper())
    r["proxy"].write_attribute("Current", 1.0)
config = [{"name": "sr/ps/2"}]
for entry in config:
    entry["proxy"] = tango.DeviceProxy(entry["name"])
for entry in config:
    entry["proxy"].On()
rec = {"label": "x"}
rec.update(dev=tango.DeviceProxy("sr/ps/3"))
rec["dev"].Lower()
