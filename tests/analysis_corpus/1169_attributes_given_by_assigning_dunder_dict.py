# expect: writes=yes reads=no risk=low approval=yes
# why: assigning an object's __dict__ (or merging into it with |=) gives it the mapping's values as attributes (red-team round 40, helper T)
from tango import DeviceProxy
class Settings:
    pass
s = Settings()
s.__dict__ = {"dev": DeviceProxy("sr/ps/1")}
s.dev.On()
t = Settings()
t.__dict__ |= {"dev": DeviceProxy("sr/ps/2")}
t.dev.Off()
results = {}
