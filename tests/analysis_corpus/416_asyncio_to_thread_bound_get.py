# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: asyncio.run(main(pvs)) gathering to_thread(p.get) (round 6)
import asyncio
import epics

async def main(pvs):
    values = await asyncio.gather(*(asyncio.to_thread(p.get, timeout=2.0) for p in pvs))
    return {p.pvname: v for p, v in zip(pvs, values)}

pvs = [epics.PV(n) for n in ('SR:DCCT:CURRENT', 'SR:LIFETIME')]
results = asyncio.run(main(pvs))
