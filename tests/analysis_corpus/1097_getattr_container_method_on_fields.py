# expect: writes=yes reads=no risk=low approval=yes
# why: `getattr(obj.items, 'append')(dev)` with a literal name (or a name bound to one) calls the container's method as `obj.items.append(dev)` does, on a field, an item or a dict value (red-team round 35: the stored device was lost and the commands passed clean)
import tango


class Rack:
    def __init__(self):
        self.items = []
        self.table = {}


rack = Rack()
getattr(rack.items, "append")(tango.DeviceProxy("sr/ps/qf1"))
for device in rack.items:
    device.Init()
method = "update"
getattr(rack.table, method)({"qd1": tango.DeviceProxy("sr/ps/qd1")})
rack.table["qd1"].On()
groups = [[]]
getattr(groups[0], "append")(tango.DeviceProxy("sr/ps/sf1"))
groups[0][0].Off()
results = {}
