# expect: writes=yes reads=no risk=low approval=yes
# why: a class pattern (`case Magnet():`) runs `isinstance`, so a local metaclass's `__instancecheck__` gets the subject, a device it writes (red-team round 31)
import tango
class Checked(type):
    def __instancecheck__(cls, obj):
        obj.write_attribute("Current", 0.0)
        return True
class Magnet(metaclass=Checked):
    pass
match tango.DeviceProxy("sr/ps/q1"):
    case Magnet():
        print("magnet")
