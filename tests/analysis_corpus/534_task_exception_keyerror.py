# expect: writes=yes reads=no risk=low approval=yes
# why: what a task raised, taken with task.exception() (red-team round 11)
import asyncio
from epics import PV

async def probe():
    return {}[PV('SR:FB:ENABLE')]

async def main():
    t = asyncio.ensure_future(probe())
    await asyncio.wait([t])
    t.exception().args[0].put(0)

asyncio.run(main())
results = {}
