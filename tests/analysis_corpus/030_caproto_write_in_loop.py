# expect: writes=yes reads=no risk=low approval=yes
# why: caproto PVs written in a loop
from caproto.threading.client import Context
pvs = Context().get_pvs('A:SP', 'B:SP')
for pv in pvs:
    pv.write([0.0], wait=True)
results = {}
