# expect: writes=yes reads=yes risk=low approval=yes
# why: bound Tango commands (ps.On) submitted to a thread pool run there: a write; the load is also reported as a read (round 15)
from concurrent.futures import ThreadPoolExecutor
import tango
supplies = [tango.DeviceProxy(f"sr/ps/q{i}") for i in (1, 2)]
with ThreadPoolExecutor() as pool:
    for fut in [pool.submit(ps.On) for ps in supplies]:
        fut.result()
results = {}
