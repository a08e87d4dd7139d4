# expect: writes=yes reads=no risk=low approval=yes
# why: print(**opts) with file= a caproto PV in the dict, and json.dump(value, pv), both call pv.write (round 16)
import json
from caproto.threading.client import Context
pvs = Context().get_pvs("SR:HCOR1:SP", "SR:HCOR2:SP")
opts = {"file": pvs[0]}
print("1.0", **opts)
json.dump(3, pvs[1])
results = {}
