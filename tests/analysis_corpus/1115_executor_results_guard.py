# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1114: what an executor's callable returns is what comes back, so commands on it are writes: `future.result().On()`, a done callback's `f.result()`, `run_in_executor`'s awaited device, `map` with a lambda
import asyncio
from concurrent.futures import ThreadPoolExecutor

import tango


def connect(name):
    return tango.DeviceProxy(name)


with ThreadPoolExecutor() as pool:
    futures = [pool.submit(connect, n) for n in ["sr/ps/q1"]]
    late = pool.submit(tango.DeviceProxy, "sr/ps/q2")
    late.add_done_callback(lambda f: f.result().Off())
    mapped = list(pool.map(lambda n: tango.DeviceProxy(n), ["sr/ps/q3"]))
for future in futures:
    future.result().On()
mapped[0].write_attribute("Current", 1.0)


async def main():
    loop = asyncio.get_running_loop()
    device = await loop.run_in_executor(None, connect, "sr/ps/q4")
    device.Reset()


asyncio.run(main())
