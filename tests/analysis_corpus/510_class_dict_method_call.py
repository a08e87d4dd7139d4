# expect: writes=yes reads=no risk=low approval=yes
# why: a method fetched from a class's __dict__ is the local method, followed
import epics
class Knob:
    def apply(self, pv):
        pv.put(1.0)
Knob.__dict__['apply'](None, epics.PV('SR:QF1:I'))
results = {}
