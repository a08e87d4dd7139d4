# expect: writes=no reads=no risk=medium approval=yes
# why: asyncio.streams.start_server is asyncio.start_server under its module path (round 15)
import asyncio
async def main():
    srv = await asyncio.streams.start_server(lambda r, w: None, '127.0.0.1', 0)
    srv.close()
asyncio.run(main())
results = {}
