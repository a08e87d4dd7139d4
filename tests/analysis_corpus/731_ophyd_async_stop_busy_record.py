# expect: writes=yes reads=yes risk=low approval=yes
# why: ophyd_async's stop_busy_record(signal) sets the signal to False and waits for the value; it was not in the tables (round 17)
import asyncio
from ophyd_async.epics.core import epics_signal_rw, stop_busy_record


async def main():
    busy = epics_signal_rw(bool, "BL7:DET:Busy")
    await busy.connect()
    await stop_busy_record(busy, timeout=5)


asyncio.run(main())
results = {}
