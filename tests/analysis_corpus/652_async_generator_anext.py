# expect: writes=yes reads=no risk=low approval=yes
# why: await agen.__anext__() (also agen.asend(None)) gives the yielded PV; only anext() and async for are modelled (round 15)
import asyncio
import epics
async def magnets():
    yield epics.PV("SR:QF1:SP")
async def main():
    (await magnets().__anext__()).value = 1.0
asyncio.run(main())
results = {}
