# expect: writes=yes reads=no risk=low approval=yes
# why: json.dumps(..., cls=Enc) calls the local encoder's default(o) with the PV it cannot serialise (round 13)
import json, epics
class Enc(json.JSONEncoder):
    def default(self, o):
        o.value = 0.0
        return str(o)
json.dumps([epics.PV("SR:QF1:CURRENT_SP")], cls=Enc)
results = {}
