# expect: writes=yes reads=no risk=low approval=yes
# why: one name holds a local dry-run stand-in or a real DeviceProxy: the real write_attribute still counts (round 14)
import tango


class DryRun:
    def write_attribute(self, attr, value):
        print("dry run:", attr, value)


def apply(dev, value):
    dev.write_attribute("Current", value)


apply(DryRun(), 1.5)                              # rehearse
apply(tango.DeviceProxy("sr/ps-qf/1"), 1.5)       # real write: missed
results = {"ok": True}
