# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: ThreadPoolExecutor.map(read_one, proxies), read_one reads attributes and dev_name() (round 6)
from concurrent.futures import ThreadPoolExecutor
import tango

names = ['sr/ps/qf1', 'sr/ps/qd1', 'sr/ps/qf2']
proxies = [tango.DeviceProxy(n) for n in names]

def read_one(dev):
    attrs = dev.read_attributes(['Current', 'Voltage'])
    return dev.dev_name(), [a.value for a in attrs]

with ThreadPoolExecutor(max_workers=3) as ex:
    rows = list(ex.map(read_one, proxies))
results = dict(rows)
