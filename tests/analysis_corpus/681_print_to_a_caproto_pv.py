# expect: writes=yes reads=no risk=low approval=yes
# why: print(..., file=pv) calls pv.write, which writes a caproto PV (round 16)
from caproto.threading.client import Context
ctx = Context()
pv, = ctx.get_pvs("SR:HCOR1:SP")
print(5.0, file=pv)
results = {}
