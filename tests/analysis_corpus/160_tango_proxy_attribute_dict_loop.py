# expect: writes=yes reads=yes risk=low approval=yes
# why: Tango DeviceProxy objects in a dict; the setpoint is written by proxy attribute
# why: assignment in a loop and the readback polled through the proxy attribute
import time

import tango

SUPPLIES = {
    'QF1': tango.DeviceProxy('sr/ps-qf/1'),
    'QD1': tango.DeviceProxy('sr/ps-qd/1'),
    'QF2': tango.DeviceProxy('sr/ps-qf/2'),
}
TARGETS = {'QF1': 101.5, 'QD1': 98.2, 'QF2': 100.9}


def wait_until_settled(dev, target, tol=0.05, timeout=30.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if abs(dev.Current - target) < tol:
            return True
        time.sleep(0.5)
    return False


status = {}
for name, dev in SUPPLIES.items():
    dev.CurrentSetpoint = TARGETS[name]
    status[name] = wait_until_settled(dev, TARGETS[name])

results = {'settled': status}
