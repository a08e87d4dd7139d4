# expect: writes=yes reads=no risk=low approval=yes
# why: json.loads = epics.caput, then from json import loads (round 14)
import json, epics
json.loads = epics.caput
from json import loads
loads("SR:QF1:CURRENT_SP", 1.0)
results = {}
