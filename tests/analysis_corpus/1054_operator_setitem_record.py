# expect: writes=yes reads=no risk=low approval=yes
# why: `operator.setitem(stations, name, rec)` is `stations[name] = rec`, so the record's PV is reached through the dict (red-team round 33: missed before)
import operator
import types
import epics

stations = {}
for name in ["BL1:SHUTTER", "BL2:SHUTTER"]:
    operator.setitem(stations, name, types.SimpleNamespace(pv=epics.PV(name), label=name))
for rec in stations.values():
    rec.pv.put(0)
results = {"closed": sorted(stations)}
