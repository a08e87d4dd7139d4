# expect: writes=yes reads=no risk=low approval=yes
# why: caproto connection state cb (red-team round 8)
from caproto.threading.client import Context
def on_state(pv, state):
    if state == 'connected':
        pv.write([1.0])
ctx = Context()
pv, = ctx.get_pvs('SR:QF1:I', connection_state_callback=on_state)
results = {}
