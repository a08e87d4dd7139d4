# expect: writes=yes reads=no risk=low approval=yes
# why: `await QF1` connects through the metaclass's __await__. (red-team round 7)
import asyncio
import epics

class Awaitable(type):
    def __await__(cls):
        yield from asyncio.sleep(0).__await__()
        return epics.PV(cls.pvname)

class QF1(metaclass=Awaitable):
    pvname = 'SR:QF1:CURRENT_SP'

async def main():
    sp = await QF1
    sp.value = 101.5

asyncio.run(main())
results = {}
