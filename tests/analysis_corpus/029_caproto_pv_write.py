# expect: writes=yes reads=no risk=low approval=yes
# why: caproto threading client: Context().get_pvs then pv.write
from caproto.threading.client import Context
ctx = Context()
pv, = ctx.get_pvs('MAG:QF1:CURRENT_SP')
pv.write([1.0])
results = {}
