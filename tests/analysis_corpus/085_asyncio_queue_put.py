# expect: writes=no reads=no risk=low approval=no
# why: asyncio.Queue.put awaited
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put(1)
    return await q.get()


results = {'x': asyncio.run(main())}
