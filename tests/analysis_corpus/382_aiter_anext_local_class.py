# expect: writes=yes reads=no risk=low approval=yes
# why: async for over a local class whose __anext__ returns PVs (red-team round 6)
import asyncio
import epics

class Bank:
    def __init__(self, names):
        self.names = list(names)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.names:
            raise StopAsyncIteration
        return epics.PV(self.names.pop())

async def main():
    async for pv in Bank(['SR:HCM1:SP', 'SR:HCM2:SP']):
        pv.value = 0.0

asyncio.run(main())
results = {}
