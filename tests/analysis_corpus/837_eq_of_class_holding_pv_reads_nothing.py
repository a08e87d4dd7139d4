# expect: writes=no reads=no risk=low approval=no
# why: `__eq__` and `__hash__` of a class that keeps a PV compare its plain fields; the PV stored in `__init__` is not their `self`, so `self.value` there is not a read of `PV.value` (round 21)
import epics


class Channel:
    def __init__(self, name, value):
        self.pv = epics.PV(name)
        self.value = value

    def __eq__(self, other):
        return self.value == other.value

    def __hash__(self):
        return hash(self.value)


a = Channel("SR:BPM1:X", 1.0)
b = Channel("SR:BPM2:X", 1.0)
results = {"same": a == b, "distinct": len({a, b})}
