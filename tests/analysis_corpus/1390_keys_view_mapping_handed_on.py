# expect: writes=yes reads=no risk=low approval=yes
# why: a dict's keys view handed to a helper that writes the PVs through the view's mapping (round 46, helper L)
import epics
pvs = {"a": epics.PV("SR:A"), "b": epics.PV("SR:B")}
def apply(view):
    for pv in view.mapping.values():
        pv.put(1.0)
apply(pvs.keys())
results = {"ok": True}
