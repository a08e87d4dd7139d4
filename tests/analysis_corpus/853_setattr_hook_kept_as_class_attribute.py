# expect: writes=yes reads=no risk=high approval=n/a
# why: `__setattr__ = _attach` keeps a module-level function as the hook: `rack.q1 = sig` runs it with the signal, which it sets; handing on with `object.__setattr__` from a function that is not the class's own `__setattr__` stays reflection (red-team round 21)
from ophyd import EpicsSignal
def _attach(self, name, value):
    if isinstance(value, EpicsSignal):
        value.set(0)  # park every channel as it is attached
    object.__setattr__(self, name, value)
class Rack:
    __setattr__ = _attach
rack = Rack()
rack.q1 = EpicsSignal("SR:Q1:SP")
results = {"ok": True}
