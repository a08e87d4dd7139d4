# expect: writes=yes reads=no risk=low approval=yes
# why: a dict's bound values method taken as a value; its __self__ is the dict of PVs, written (round 46, helper P)
import epics
d = {"a": epics.PV("SR:A")}
v = d.values
for pv in v.__self__.values():
    pv.put(1.0)
results = {"ok": True}
