# expect: writes=yes reads=no risk=low approval=yes
# why: a subclass of collections.namedtuple(...) keeps its arguments as fields (round 14)
import collections, epics
Step = collections.namedtuple("Step", "target value")
class RampStep(Step):
    def apply(self):
        self.target.value = self.value
RampStep(epics.PV("SR:QF1:CURRENT_SP"), 1.0).apply()
results = {}
