# expect: writes=yes reads=no risk=low approval=yes
# why: `async for` over a class whose metaclass yields correctors. (red-team round 7)
import asyncio
import epics

class Bank(type):
    async def __aiter__(cls):
        for n in cls.names:
            yield epics.PV(n)

class Correctors(metaclass=Bank):
    names = ['SR:HCM1:SP', 'SR:HCM2:SP']

async def main():
    async for c in Correctors:
        c.value = 0.0

asyncio.run(main())
results = {}
