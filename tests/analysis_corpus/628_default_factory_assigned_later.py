# expect: writes=yes reads=no risk=low approval=yes
# why: default_factory assigned after the defaultdict is made: d[k] is what it makes (round 15)
import epics
from collections import defaultdict
d = defaultdict()
d.default_factory = lambda: epics.PV("X:A")
d["a"].value = 1.0
results = {}
