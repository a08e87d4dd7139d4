# expect: writes=no reads=no risk=high approval=n/a
# why: an asyncio event loop's subprocess_shell runs a shell command
import asyncio
async def m():
    loop = asyncio.get_running_loop()
    t, p = await loop.subprocess_shell(asyncio.SubprocessProtocol, 'caput X:Y 1')
asyncio.run(m())
results = {}
