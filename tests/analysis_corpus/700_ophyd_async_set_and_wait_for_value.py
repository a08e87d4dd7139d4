# expect: writes=yes reads=yes risk=low approval=yes
# why: ophyd_async.core.set_and_wait_for_value(signal, value) calls signal.set(value): the helper is not in the write tables (round 16); it also watches the value come back, a read (round 17)
import asyncio
from ophyd_async.core import set_and_wait_for_value
from ophyd_async.epics.core import epics_signal_rw


async def main():
    acquire = epics_signal_rw(int, "SR:DET1:Acquire")
    await set_and_wait_for_value(acquire, 1)


asyncio.run(main())
results = {}
