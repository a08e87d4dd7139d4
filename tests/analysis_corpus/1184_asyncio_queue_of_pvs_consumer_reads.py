# expect: writes=no reads=yes risk=low approval=no
# why: an asyncio.Queue of PVs consumed by a task that only reads them (red-team round 41, helper A; was an unverified write)
import asyncio

import epics


async def producer(q):
    for name in ["SR:DCCT:CURRENT", "SR:BPM1:X"]:
        await q.put(epics.PV(name))
    await q.put(None)


async def consumer(q, out):
    while True:
        pv = await q.get()
        if pv is None:
            break
        out[pv.pvname] = pv.get()


async def main():
    q = asyncio.Queue()
    out = {}
    await asyncio.gather(producer(q), consumer(q, out))
    return out


results = {"values": asyncio.run(main())}
