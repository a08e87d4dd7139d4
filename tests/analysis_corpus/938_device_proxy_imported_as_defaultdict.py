# expect: writes=yes reads=no risk=low approval=yes
# why: `from tango import DeviceProxy as defaultdict`; the "defaultdict(...)" is a DeviceProxy (red-team round 24)
from tango import DeviceProxy as defaultdict
x = defaultdict("sys/tg_test/1")
x.clear()
results = {"done": True}
