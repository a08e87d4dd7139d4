# expect: writes=yes reads=no risk=low approval=yes
# why: SimpleNamespace(**row): any field may be any of the mapping's values (round 13)
import types, epics
row = {"target": epics.PV("SR:QF1:CURRENT_SP")}
types.SimpleNamespace(**row).target.put(1.0)
results = {}
