# expect: writes=yes reads=yes risk=low approval=yes
# why: `getattr(box, 'append')` of a literal name is the list's own method and stores as `box.append` does (red-team round 34: the device appended this way was lost, and the command run on it passed clean); the list's method is not its devices' command
import tango

box = []
getattr(box, "append")(tango.DeviceProxy("sr/ps/qf1"))
print(box[0].state())
for device in box:
    device.On()
results = {}
