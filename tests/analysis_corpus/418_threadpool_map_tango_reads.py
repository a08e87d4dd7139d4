# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: multiprocessing ThreadPool.map(current, proxies) that reads (round 6)
from multiprocessing.pool import ThreadPool
import tango

proxies = [tango.DeviceProxy(f'sr/ps/q{i}') for i in range(1, 5)]

def current(dev):
    return dev.read_attribute('Current').value

with ThreadPool(4) as pool:
    values = pool.map(current, proxies)
results = {'sum': sum(values)}
