# expect: writes=yes reads=no risk=low approval=yes
# why: ChainMap.new_child(m) looks into m (round 13)
import collections, epics
cfg = collections.ChainMap().new_child({"qf1": epics.PV("SR:QF1:CURRENT_SP")})
cfg["qf1"].put(1.0)
results = {}
