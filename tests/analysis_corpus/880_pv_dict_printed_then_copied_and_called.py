# expect: writes=yes reads=no risk=high approval=n/a
# why: a PV's `__dict__` printed is harmless, but copied and called through it is dynamic access (round 22)
from epics import PV
pv = PV("SR:SP")
print(pv.__dict__)
state = dict(pv.__dict__)
state.get("_put_fn", print)(1)
