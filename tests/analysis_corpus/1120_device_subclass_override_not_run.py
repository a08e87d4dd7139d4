# expect: writes=yes reads=no risk=low approval=yes
# why: a local override of a device's method runs only where the method resolution order reaches it first and nothing deletes it: `class M(epics.Motor, Mixin)` runs the library's `move`, `del PS.summary` leaves the Tango command (red-team round 37, helper H: missed by the round's loop rule, and the older direct-call rule)
import epics
import tango


class Mixin(epics.Device):
    def move(self, value):
        return value


class Stage(epics.Motor, Mixin):
    pass


class PowerSupply(tango.DeviceProxy):
    def summary(self):
        return 1


del PowerSupply.summary
for stage in (Stage("SR:M1:"),):
    stage.move(2.0)
supply = PowerSupply("sr/ps/q1")
supply.summary()
