# expect: writes=yes reads=no risk=low approval=yes
# why: an item taken straight out of a dict of Tango devices is a device: `devs[name].update()` runs its `Update` command (red-team round 22)
import tango
devs = {}
for n in ["sr/orbit/fb"]:
    devs[n] = tango.DeviceProxy(n)
devs["sr/orbit/fb"].update()
results = {}
