# expect: writes=yes reads=no risk=low approval=yes
# why: a generator's return value reaches the caller as StopIteration.value (red-team round 9)
from epics import PV

def connect(name):
    yield f'connecting {name}'
    return PV(name)

def run(gen):
    try:
        while True:
            print(next(gen))
    except StopIteration as stop:
        return stop.value

pv = run(connect('LI20:HTR:PWR'))
pv.put(0)
results = {'heater': 'off'}
