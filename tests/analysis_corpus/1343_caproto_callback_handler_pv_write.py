# expect: writes=yes reads=no risk=low approval=yes
# why: a caproto connection handler's own PV is written (red-team round 45, helper J)
from caproto.threading.client import Context

pv, = Context().get_pvs("BL4:VALVE:CMD")
handler = pv.connection_state_callback
handler.add_callback(lambda p, state: print(p.name, state))
handler.pv.write([0])
