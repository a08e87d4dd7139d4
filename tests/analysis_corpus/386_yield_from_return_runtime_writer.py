# expect: writes=yes reads=no risk=low approval=yes
# why: send = yield from resolve(): the generator returns pyexec_runtime.write_channel (red-team round 6)
import pyexec_runtime

def resolve():
    yield 'resolving writer'
    return pyexec_runtime.write_channel

def plan():
    send = yield from resolve()
    send('SR:QF1:CURRENT_SP', 12.5)

for step in plan():
    pass
results = {}
