# expect: writes=no reads=yes risk=low approval=no
# why: guard for 1170: an object's __dict__ read and updated with plain values stays its fields dict when no class redefines __dict__ (round 39's rule)
from tango import DeviceProxy
class Reading:
    def __init__(self, dev):
        self.dev = dev
        self.value = None
r = Reading(DeviceProxy("sr/ps/1"))
r.__dict__.update(value=r.dev.read_attribute("Current").value, note="ok")
results = {"r": {k: v for k, v in r.__dict__.items() if k != "dev"}}
