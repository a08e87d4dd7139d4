# expect: writes=no reads=no risk=medium approval=yes
# why: websockets.serve (asyncio and sync forms) listens on a network port, like asyncio.start_server which is reported (round 19)
import asyncio

import websockets


async def handler(ws):
    await ws.send("orbit ok")


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.sleep(60)


asyncio.run(main())
results = {"ok": True}
