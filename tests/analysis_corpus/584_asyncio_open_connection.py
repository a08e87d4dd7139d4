# expect: writes=no reads=no risk=medium approval=yes
# why: asyncio.open_connection opens a raw connection (round 13)
import asyncio


async def main():
    try:
        await asyncio.open_connection('127.0.0.1', 9)
    except OSError:
        pass

asyncio.run(main())
results = {}
