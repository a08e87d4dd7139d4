# expect: writes=yes reads=no risk=low approval=yes
# why: `async with Magnet as pv`: the metaclass's __aenter__ connects. (red-team round 7)
import asyncio
import epics

class AsyncConnectable(type):
    async def __aenter__(cls):
        return epics.PV(cls.pvname)
    async def __aexit__(cls, *exc):
        return False

class QF1(metaclass=AsyncConnectable):
    pvname = 'SR:QF1:CURRENT_SP'

async def main():
    async with QF1 as sp:
        sp.value = 101.5

asyncio.run(main())
results = {}
