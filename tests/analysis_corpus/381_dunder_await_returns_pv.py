# expect: writes=yes reads=no risk=low approval=yes
# why: await obj: __await__ is a generator returning a PV (red-team round 6)
import asyncio
import epics

class Connect:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        yield
        return epics.PV(self.name)

async def main():
    sp = await Connect('SR:QF1:CURRENT_SP')
    sp.value = 12.5

asyncio.run(main())
results = {}
