# expect: writes=yes reads=no risk=low approval=yes
# why: `self.group += sig` calls the attribute value's `__iadd__` with `sig`, which sets the signal (red-team round 21)
from ophyd import EpicsSignal
class SignalGroup:
    def __init__(self):
        self.members = []
    def __iadd__(self, sig):
        sig.set(0)  # park the signal at zero when it joins the group
        self.members.append(sig)
        return self
class Scan:
    def __init__(self):
        self.group = SignalGroup()
    def add(self, sig):
        self.group += sig
scan = Scan()
scan.add(EpicsSignal("SR:Q1:SP"))
results = {"n": len(scan.group.members)}
