# expect: writes=yes reads=no risk=low approval=yes
# why: a PV set as an attribute of a library class, read back on its instances (round 14)
import json, epics
json.JSONDecoder.target = epics.PV("SR:QF1:CURRENT_SP")
json.JSONDecoder().target.value = 1.0
results = {}
