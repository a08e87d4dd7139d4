# expect: writes=yes reads=yes risk=low approval=yes
# why: a bound method given as a list's sort key runs on the list's elements; assigning `pv.value` there is a write (red-team round 21)
from epics import PV

class CorrectorRanker:
    def __init__(self, names, bpm):
        self.pvs = [PV(n) for n in names]
        self.bpm = PV(bpm)
    def kick_and_measure(self, pv):
        old = self.bpm.get()
        pv.value = 0.1
        shift = self.bpm.get() - old
        pv.value = 0.0
        return abs(shift)
    def rank(self):
        self.pvs.sort(key=self.kick_and_measure, reverse=True)
        return [p.pvname for p in self.pvs]

results = {"ranking": CorrectorRanker(["SR:HCM1:SP", "SR:HCM2:SP"], "SR:BPM3:X").rank()}
