# expect: writes=yes reads=no risk=low approval=yes
# why: bound pv.put methods kept in a set and read back through .union() become Plain; calling them is not a pattern match
import epics

pv = epics.PV("Q1:SET")
setters = {pv.put}
for f in setters.union(set()):
    f(1.0)
