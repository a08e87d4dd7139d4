# expect: writes=yes reads=no risk=low approval=yes
# why: unpacking a local object (qf, qd = Pair()) runs its __iter__ (round 13)
import epics
class Pair:
    def __iter__(self):
        return iter([epics.PV("SR:QF1:CURRENT_SP"), epics.PV("SR:QD1:CURRENT_SP")])
qf, qd = Pair()
qf.value = 1.0
results = {}
