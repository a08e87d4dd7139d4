# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: in the futures green mode a proxy made with wait=False is a future, and its result() is the proxy, not a device command (red-team round 43, helper D)
import tango.futures

dev = tango.futures.DeviceProxy('sr/ps/qf1', wait=False).result()
print(dev.state())
current = tango.futures.AttributeProxy('sr/ps/qf1/Current', wait=False).result()
print(current.read().value)
