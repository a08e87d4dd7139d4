# expect: writes=yes reads=no risk=low approval=yes
# why: a defaultdict whose factory makes a PV: the lookup's result is put
import epics, collections
d = collections.defaultdict(lambda: epics.PV('X:Y'))
d['k'].put(1)
results = {}
