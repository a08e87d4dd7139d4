# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: asyncio.run(connect_all(...)) returns PVs that are only read (round 6)
import asyncio
import epics

async def connect_all(names):
    pvs = [epics.PV(n) for n in names]
    await asyncio.gather(*(asyncio.to_thread(p.wait_for_connection, 2.0) for p in pvs))
    return pvs

pvs = asyncio.run(connect_all(['SR:DCCT:CURRENT', 'SR:LIFETIME']))
results = {p.pvname: p.get() for p in pvs}
