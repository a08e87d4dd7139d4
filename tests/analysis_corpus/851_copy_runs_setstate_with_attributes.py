# expect: writes=yes reads=no risk=low approval=yes
# why: `copy.copy(obj)` calls `__setstate__(state)` with the object's attributes; a hook that sets each saved signal writes (red-team round 21)
import copy
from ophyd import EpicsSignal
class Restorer:
    def __init__(self, saved):
        self.saved = saved  # list of (signal, value)
    def __setstate__(self, state):
        for sig, value in state["saved"]:
            sig.set(value)
        self.saved = state["saved"]
r = Restorer([(EpicsSignal("SR:Q1:SP"), 1.5)])
clone = copy.copy(r)
results = {"restored": clone is not r}
