# expect: writes=yes reads=yes risk=low approval=yes
# why: contextlib.closing(dev) calls dev.close() when the block ends, which runs the device's Close command (round 16)
import contextlib
import tango
dev = tango.DeviceProxy("sr/ps/qf1")
with contextlib.closing(dev) as d:
    current = d.read_attribute("Current").value
results = {"current": current}
