# expect: writes=yes reads=no risk=low approval=yes
# why: pv monitor cbinfo writeback (red-team round 8)
import epics
def clamp(pvname=None, value=None, cb_info=None, **kw):
    if value is not None and value > 0.5:
        cb_info[1].put(0.5)
p = epics.PV('SR:QF1:I', callback=clamp)
results = {}
