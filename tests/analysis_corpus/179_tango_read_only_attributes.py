# expect: writes=no reads=yes risk=low approval=no
# why: read-only Tango survey: read_attributes on a list of proxies, proxy attribute reads,
# why: results assigned to local variables named like setpoints (no write on the proxy)
import tango

DEVICES = ['sr/ps-qf/1', 'sr/ps-qd/1', 'sr/ps-qf/2']
ATTRS = ['Current', 'Voltage', 'CurrentSetpoint']

report = {}
for name in DEVICES:
    dev = tango.DeviceProxy(name)
    dev.set_timeout_millis(3000)
    current, voltage, setpoint = (a.value for a in dev.read_attributes(ATTRS))
    power = current * voltage
    report[name] = {
        'current': current,
        'setpoint': setpoint,
        'deviation': current - setpoint,
        'power_w': power,
        'temperature': dev.Temperature,
    }

worst = max(report, key=lambda n: abs(report[n]['deviation']))
results = {'report': report, 'worst': worst}
