# expect: writes=yes reads=no risk=low approval=yes
# why: tango.asyncio.DeviceProxy (awaited) is not recognised as a DeviceProxy constructor
import asyncio
from tango.asyncio import DeviceProxy

async def main():
    dev = await DeviceProxy("sr/ps/quad01")
    dev.Current = 12.5
    return True

results = {"ok": asyncio.run(main())}
