# expect: writes=yes reads=no risk=low approval=yes
# why: `slots.remove(sig)` compares each element with `sig` through the element's `__eq__`, which sets the signal it is given (red-team round 21)
from ophyd import EpicsSignal
class Slot:
    def __init__(self, name): self.name = name
    def __eq__(self, other):
        if getattr(other, "pvname", None) == self.name:
            other.set(0)  # release: drop the channel to zero
            return True
        return False
    __hash__ = object.__hash__
slots = [Slot("SR:Q1:SP")]
sig = EpicsSignal("SR:Q1:SP")
slots.remove(sig)
results = {"left": len(slots)}
