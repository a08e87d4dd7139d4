# expect: writes=no reads=yes risk=low approval=no
# why: ophyd_async's observe_value and wait_for_value read the signal they watch; they were not in the read table (round 17)
import asyncio
from ophyd_async.core import observe_value, wait_for_value
from ophyd_async.epics.core import epics_signal_r


async def main():
    current = epics_signal_r(float, "SR:DCCT:CURRENT")
    await current.connect()
    await wait_for_value(current, lambda v: v > 100, timeout=10)
    async for value in observe_value(current, timeout=5):
        return value


results = {"current": asyncio.run(main())}
