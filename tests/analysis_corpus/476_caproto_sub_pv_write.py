# expect: writes=yes reads=yes risk=low approval=yes
# why: caproto sub pv write (red-team round 8)
from caproto.threading.client import Context
ctx = Context()
pv, = ctx.get_pvs('SR:QF1:I')
def cb(sub, response):
    sub.pv.write([0.0])
sub = pv.subscribe()
sub.add_callback(cb)
results = {}
