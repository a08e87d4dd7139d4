# expect: writes=no reads=yes risk=low approval=no
# why: pv = property(_get_pv) in a class body: loading it runs the getter, which only hands out the PV to read (round 13 false alarm)
import epics
class Quad:
    def __init__(self, name):
        self._pv = epics.PV(name)
    def _get_pv(self):
        return self._pv
    pv = property(_get_pv)
results = {"qf1": Quad("SR:QF1:CURRENT_RB").pv.get()}
