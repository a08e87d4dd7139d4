# expect: writes=yes reads=no risk=low approval=yes
# why: methods made by a factory and bound in the class body (`set_k2 = _knob("K2:SP")`) run with the instance as `self`; `self.pvs[...].put` writes (missed: the closure's `self` gets no class family) (realistic, round 19)
import epics

def _knob(suffix):
    def setter(self, value):
        self.pvs[suffix].put(value, wait=True)
    return setter

class Sextupole:
    def __init__(self, prefix):
        self.pvs = {s: epics.PV(f"{prefix}:{s}") for s in ("K2:SP", "TRIM:SP")}
    set_k2 = _knob("K2:SP")
    set_trim = _knob("TRIM:SP")

sf = Sextupole("SR:SF1")
sf.set_k2(12.5)
results = {"k2": 12.5}
