# expect: writes=yes reads=no risk=low approval=yes
# why: a set's bound __contains__ taken as a value; its __self__ is the set of PVs, written (round 46, helper L)
import epics
s = {epics.PV("SR:A")}
c = s.__contains__
for pv in c.__self__:
    pv.put(1.0)
results = {"ok": True}
