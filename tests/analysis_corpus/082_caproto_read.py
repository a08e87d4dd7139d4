# expect: writes=no reads=yes risk=low approval=no
# why: caproto pv.read
from caproto.threading.client import Context
pv, = Context().get_pvs('BEAM:CURRENT')
v = pv.read().data[0]
results = {'v': float(v)}
