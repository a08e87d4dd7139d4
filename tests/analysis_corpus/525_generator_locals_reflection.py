# expect: writes=yes reads=yes risk=high approval=n/a
# why: inspect.getgeneratorlocals reaches a generator's variables by name (red-team round 9)
import inspect
from epics import PV

def scan_steps():
    pv = PV('LI20:MOT:X')
    for x in (0.0, 0.5):
        yield pv.get()

steps = scan_steps()
next(steps)
inspect.getgeneratorlocals(steps)['pv'].put(0.0)
results = {}
