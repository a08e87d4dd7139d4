# expect: writes=no reads=no risk=high approval=n/a
# why: asyncio.subprocess.create_subprocess_exec runs a program (round 13)
import asyncio


async def main():
    proc = await asyncio.subprocess.create_subprocess_exec('true')
    await proc.wait()

asyncio.run(main())
results = {}
