# expect: writes=yes reads=no risk=low approval=yes
# why: set.union on a set of PVs returns Plain only (method_on_plain), which also suppresses the `.put(` pattern
import epics

quads = {epics.PV("SR:Q%d:SET" % i) for i in range(1, 4)}
sexts = {epics.PV("SR:S%d:SET" % i) for i in range(1, 3)}
for pv in quads.union(sexts):
    pv.put(0.0)
