# expect: writes=yes reads=yes risk=low approval=yes
# why: ophyd-async signals made by its factories; set writes, get_value reads (red-team round 9)
import asyncio
from ophyd_async.epics.core import epics_signal_rw
from ophyd_async.core import soft_signal_rw

async def main():
    gap = epics_signal_rw(float, 'LI20:UND1:GAP:RBV', 'LI20:UND1:GAP:SET')
    scratch = soft_signal_rw(float, initial_value=0.0)
    await scratch.set(1.0)
    before = await gap.get_value()
    await gap.set(12.5)
    return before

results = {'before': asyncio.run(main())}
