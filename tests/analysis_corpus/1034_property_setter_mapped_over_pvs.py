# expect: writes=yes reads=no risk=low approval=yes
# why: `epics.PV.value.fset` (the class's value setter) mapped over PVs sets each, as calling it on one does (red-team round 31; missed before)
import epics
pvs = [epics.PV("SR:C01:HCM:SP"), epics.PV("SR:C02:HCM:SP")]
list(map(epics.PV.value.fset, pvs, [0.0, 0.0]))
