# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: asyncio.wait_for around caproto get_pvs and read (round 6)
import asyncio
from caproto.asyncio.client import Context

async def main():
    ctx = Context()
    pvs = await asyncio.wait_for(ctx.get_pvs('SR:DCCT:CURRENT', 'SR:LIFETIME'), timeout=5)
    out = {}
    for pv in pvs:
        reading = await asyncio.wait_for(pv.read(), timeout=2)
        out[pv.name] = reading.data[0]
    await ctx.disconnect()
    return out

results = asyncio.run(main())
