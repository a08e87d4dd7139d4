# expect: writes=no reads=yes risk=low approval=no
# why: a value stored under a device key is the value, not the key: `notes[dev].strip()` and `.upper()` over `notes.values()` are text's methods (red-team round 36: false writes `DeviceProxy.strip`/`upper`)
import tango

notes = {}
for name in ["sr/ps/qf1", "sr/ps/qd1"]:
    device = tango.DeviceProxy(name)
    notes[device] = " " + str(device.state()) + " "
first = tango.DeviceProxy("sr/ps/qf1")
trimmed = notes.get(first, "").strip()
shouted = [text.upper() for text in notes.values()]
for device in notes:
    print(device.dev_name(), notes[device].strip())
results = {"trimmed": trimmed, "shouted": shouted}
