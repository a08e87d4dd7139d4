# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: asyncio.gather(*(pv.read() for pv in pvs)) then `for pv, r in zip(pvs, readings)` reuses the generator variable name; the gather of read coroutines becomes an unverified write
import asyncio
from caproto.asyncio.client import Context

async def main():
    ctx = Context()
    pvs = await ctx.get_pvs("SR:DCCT:Current", "SR:Lifetime", "SR:RF:Freq")
    readings = await asyncio.gather(*(pv.read() for pv in pvs))
    for pv, r in zip(pvs, readings):
        print(pv.name, r.data[0])
    await ctx.disconnect()

asyncio.run(main())
