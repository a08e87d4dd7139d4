# expect: writes=no reads=yes risk=low approval=no
# why: devices made in worker threads come back through the executor and are followed: `ex.map(tango.DeviceProxy, names)`, `ex.submit(connect, name)` then `future.result()`, `asyncio.to_thread(epics.get_pv, name)` (red-team round 37: each was an unverified write, "control-system object passed to `ThreadPoolExecutor.map`")
import asyncio
from concurrent.futures import ThreadPoolExecutor, as_completed

import epics
import tango

NAMES = ["sr/ps/q1", "sr/ps/q2"]


def connect(name):
    proxy = tango.DeviceProxy(name)
    proxy.ping()
    return proxy


with ThreadPoolExecutor(max_workers=4) as pool:
    proxies = list(pool.map(tango.DeviceProxy, NAMES))
    futures = {pool.submit(connect, name): name for name in NAMES}
    states = {}
    for future in as_completed(futures):
        states[futures[future]] = str(future.result().state())


async def read_pvs(names):
    pvs = await asyncio.gather(*[asyncio.to_thread(epics.get_pv, n) for n in names])
    return [pv.get() for pv in pvs]


values = asyncio.run(read_pvs(["SR:DCCT:Current"]))
results = {"states": states, "n_proxies": len(proxies), "current": values[0]}
