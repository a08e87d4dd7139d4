# expect: writes=yes reads=no risk=low approval=yes
# why: self.cache = dict("...") where module-level dict is DeviceProxy; self.cache.clear() is a command (red-team round 24)
import tango
dict = tango.DeviceProxy
class H:
    def __init__(self):
        self.cache = dict("sys/tg_test/1")
    def flush(self):
        self.cache.clear()
H().flush()
results = {"done": True}
