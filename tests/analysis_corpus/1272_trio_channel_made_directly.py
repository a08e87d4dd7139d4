# expect: writes=yes reads=no risk=low approval=yes
# why: caproto's trio channel made directly (round 44, helper G)
import trio
import caproto.trio.client as tc

async def main():
    c = tc.Channel("BL:TRIO1")
    await c.write([2.0])

trio.run(main)
