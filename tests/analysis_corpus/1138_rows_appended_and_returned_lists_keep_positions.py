# expect: writes=no reads=yes risk=low approval=no
# why: rows appended as tuple displays to a list made empty (`rows.append((name, proxy))`) keep their positions, as a display of such rows does, and a list display a function returns is unpacked position by position: `name.upper()` is text's method, not a Tango command (red-team round 38)
import tango


def open_row(name):
    return [name, tango.DeviceProxy(name)]


rows = []
for name in ("bl/v/1", "bl/v/2"):
    rows.append((name, tango.DeviceProxy(name)))
results = {}
for name, dev in rows:
    results[name.upper()] = str(dev.state())
label, valve = open_row("bl/v/3")
results[label.upper()] = str(valve.state())
