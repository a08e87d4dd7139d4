# expect: writes=no reads=yes risk=low approval=no
# why: a `__setattr__` hook runs with the object as `self`, the name and the value assigned, in that order; the PV kept on the object is not its `self`, so `object.__setattr__(self, name, value)` there is an ordinary assignment, not dynamic access to the control system (round 21)
import epics


class Tracked:
    def __init__(self, name):
        self.pv = epics.PV(name)
        self.changes = []

    def __setattr__(self, name, value):
        if name != "changes" and hasattr(self, "changes"):
            self.changes.append(name)
        object.__setattr__(self, name, value)


t = Tracked("SR:BPM1:X")
t.label = "bpm1"
results = {"x": t.pv.get(), "changed": t.changes}
