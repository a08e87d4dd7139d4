# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1114: a future whose `result()` gives a device, handed where the walk does not follow it (`asyncio.wrap_future`, a queue), hands the device on (red-team round 37, helper H)
import asyncio
import queue
from concurrent.futures import ThreadPoolExecutor

import tango

pool = ThreadPoolExecutor()
pending = queue.Queue()
pending.put(pool.submit(tango.DeviceProxy, "sr/ps/q1"))
pending.get().result().On()


async def main():
    device = await asyncio.wrap_future(pool.submit(tango.DeviceProxy, "sr/ps/q2"))
    device.Standby()


asyncio.run(main())
