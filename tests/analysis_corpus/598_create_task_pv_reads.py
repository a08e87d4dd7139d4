# expect: writes=no reads=yes risk=low approval=no
# why: asyncio.create_task gives back the coroutine's result when awaited; a PV passing through it is not handed to unknown code (round 13 false alarm)
import asyncio, epics
async def connect(name):
    return epics.PV(name)
async def main():
    task = asyncio.create_task(connect("SR:QF1:CURRENT_RB"))
    pv = await task
    return pv.get()
results = {"qf1": asyncio.run(main())}
