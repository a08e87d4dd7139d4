# expect: writes=yes reads=no risk=low approval=yes
# why: a Tango device taken out of a dict into a name first is the device: `mag.clear()` is its `Clear` command (round 23)
import tango
magnets = {name: tango.DeviceProxy(name) for name in ["sr/mag/qf1", "sr/mag/qd1"]}
mag = magnets["sr/mag/qf1"]
mag.clear()
results = {"cleared": "sr/mag/qf1"}
