# expect: writes=yes reads=yes risk=low approval=yes
# why: a caproto PV's context hands out more PVs (red-team round 9)
from caproto.threading.client import Context

bpm, = Context().get_pvs('LI20:BPM:X')
x = bpm.read().data[0]
corr, = bpm.context.get_pvs('LI20:XCOR:BCTRL')
corr.write([-0.1 * x])
results = {'x': x}
