# expect: writes=yes reads=yes risk=low approval=yes
# why: a dict made by fromkeys on a dict instance holds the value given: the device's command through it is a write (red-team round 40, helper T)
from tango import DeviceProxy
x = {}.fromkeys(["mono"], DeviceProxy("bl/mono/1"))
print(x["mono"].state())
x["mono"].On()
results = {}
