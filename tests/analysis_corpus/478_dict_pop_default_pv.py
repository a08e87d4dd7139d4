# expect: writes=yes reads=no risk=low approval=yes
# why: dict pop default pv (red-team round 8)
import epics
default = epics.PV('SR:QF1:I')
pending = {}
pv = pending.pop('qf1', default)
pv.put(0.0)
results = {}
