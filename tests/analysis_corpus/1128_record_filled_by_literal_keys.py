# expect: writes=no reads=yes risk=low approval=no
# why: a dict filled key by key with literal keys keeps its keys apart (`rec['unit']` is the text stored under it, not the proxy stored under 'dev'), as a dict display does; before, the store's own identity merged the keys and `rec['unit'].upper()` was a Tango command (red-team round 38)
import tango

rec = {}
rec["dev"] = tango.DeviceProxy("sr/dcct/1")
rec["unit"] = "mA"
label = {"name": "DCCT"}
label["dev"] = rec["dev"]
results = {
    "current": rec["dev"].read_attribute("Current").value,
    "unit": rec["unit"].upper(),
    "name": label["name"].title(),
}
