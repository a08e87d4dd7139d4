# expect: writes=yes reads=no risk=low approval=yes
# why: caproto pv.write bound to a name, then called
from caproto.threading.client import Context
pv, = Context().get_pvs('MAG:QF1:CURRENT_SP')
send = pv.write
send([2.0])
results = {}
