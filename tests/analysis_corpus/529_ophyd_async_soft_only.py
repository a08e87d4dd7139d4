# expect: writes=no reads=no risk=low approval=no
# why: look-alike: ophyd-async soft signals and simulated devices hold values in memory
import asyncio
from ophyd_async.core import soft_signal_rw

async def main():
    threshold = soft_signal_rw(float, initial_value=0.0)
    await threshold.set(5.0)
    return await threshold.get_value()

results = {'threshold': asyncio.run(main())}
