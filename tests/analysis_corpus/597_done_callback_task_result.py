# expect: writes=yes reads=no risk=low approval=yes
# why: task.add_done_callback(cb) calls cb with the task, whose result() is the PV (round 13)
import asyncio, epics
async def connect():
    return epics.PV("SR:QF1:CURRENT_SP")
def on_done(task):
    task.result().value = 0.0
async def main():
    t = asyncio.ensure_future(connect())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0)
asyncio.run(main())
results = {}
