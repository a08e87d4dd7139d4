# expect: writes=yes reads=no risk=low approval=yes
# why: PV.write(pv, [1.0]) with caproto's PV class called unbound is the PV's write (red-team round 42, helper C)
from caproto.threading.client import Context, PV
pv, = Context().get_pvs('SR:Q1:SP')
PV.write(pv, [1.0])
