# expect: writes=yes reads=no risk=low approval=yes
# why: async for over a local class whose __aiter__ is an async generator of PVs (red-team round 6)
import asyncio
import epics

class Bank:
    def __init__(self, names):
        self.names = names
    async def __aiter__(self):
        for n in self.names:
            yield epics.PV(n)

async def main():
    async for pv in Bank(['SR:HCM1:SP', 'SR:HCM2:SP']):
        pv.value = 0.0

asyncio.run(main())
results = {}
