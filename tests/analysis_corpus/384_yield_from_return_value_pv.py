# expect: writes=yes reads=no risk=low approval=yes
# why: sp = yield from connect(name): the generator's return value is a PV (red-team round 6)
import epics

def connect(name):
    yield f'connecting {name}'
    return epics.PV(name)

def plan():
    sp = yield from connect('SR:QF1:CURRENT_SP')
    sp.value = 12.5
    yield 'done'

for msg in plan():
    print(msg)
results = {}
