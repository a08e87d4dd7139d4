# expect: writes=yes reads=yes risk=low approval=yes
# why: aioca's awaited caget/caput
import asyncio
from aioca import caget, caput


async def main():
    v = await caget('MAG:QF1:CURRENT_RB')
    await caput('MAG:QF1:CURRENT_SP', v + 1.0)


asyncio.run(main())
results = {}
