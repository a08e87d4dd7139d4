# expect: writes=yes reads=no risk=low approval=yes
# why: caproto's curio channel made directly, not through a context (round 44, helper G)
import curio
from caproto.curio.client import Channel

async def main():
    ch = Channel("BL:CUR1")
    await ch.wait_for_connection()
    await ch.write([1.0])

curio.run(main)
