# expect: writes=no reads=yes risk=low approval=no
# why: a pyepics callback hands its value to an asyncio queue (round 14 false alarm)
import asyncio
import epics


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()

    def on_change(pvname=None, value=None, **kw):
        loop.call_soon_threadsafe(q.put_nowait, value)

    pv = epics.PV("SR:DCCT:Current", callback=on_change)
    await asyncio.sleep(0.05)
    return pv.get(), q.qsize()


results = {"current": asyncio.run(main())[0]}
