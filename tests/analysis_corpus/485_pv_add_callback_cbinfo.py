# expect: writes=yes reads=yes risk=low approval=yes
# why: pv add callback cbinfo (red-team round 8)
import epics
pv = epics.PV('SR:QF1:I')
def limiter(pvname=None, value=None, cb_info=None, **kw):
    idx, src = cb_info
    src.put(min(value, 0.5))
pv.add_callback(limiter)
results = {}
