# expect: writes=no reads=yes risk=low approval=no
# why: a record made by a helper whose every `return` is a dict display with literal keys (`return {'dev': proxy, 'label': name}`) keeps its keys apart where it is bound (`row['label']` is the text), as a display bound there does (red-team round 38)
import tango


def make_record(name):
    return {"dev": tango.DeviceProxy(name), "label": name, "unit": "mA"}


results = {}
for name in ("sr/ps/q1", "sr/ps/q2"):
    row = make_record(name)
    results[row["label"].upper()] = f"{row['dev'].read_attribute('Current').value} {row['unit'].lower()}"
