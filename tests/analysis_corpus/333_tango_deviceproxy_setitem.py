# expect: writes=yes reads=yes risk=low approval=yes
# why: DeviceProxy.__setitem__ is write_attribute (pytango device_proxy.py); subscript stores on a proxy are not modelled
import time
import tango

ps = tango.DeviceProxy("sr/ps/q1")
bpm = tango.DeviceProxy("sr/di/bpm1")
results = []
for i in range(5):
    current = 10.0 + 0.5 * i
    ps["current"] = current
    time.sleep(0.1)
    results.append((current, bpm.read_attribute("x").value))
print(results)
