# expect: writes=yes reads=no risk=low approval=yes
# why: a defaultdict subclass made with a factory that makes a PV gives it for a missing key, and it is written (round 46)
from collections import defaultdict
from epics import PV

class ChannelTable(defaultdict):
    def describe(self):
        return sorted(self)

spare = ChannelTable(lambda: PV("SR:SPARE:SP"))
spare["corrector_7"].put(0.0)
results = {"keys": spare.describe()}
