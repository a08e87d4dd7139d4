# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: json.dumps(summary, default=str) where the summary holds PV objects; default=str is a builtin, yet it is reported as "control-system object passed to json.dumps" (unverified write)
import json
import epics

pvs = [epics.PV(n) for n in ["SR:DCCT:Current", "SR:Lifetime"]]
summary = {
    "readings": {pv.pvname: pv.get() for pv in pvs},
    "channels": pvs,  # printed via str() -> "PV('SR:...')"
}
print(json.dumps(summary, indent=2, default=str))
