# expect: writes=yes reads=no risk=low approval=yes
# why: a (function, kwargs) pair stored straight into a PV's callbacks table runs on run_callbacks with cb_info=(index, pv) (red-team round 43, helper D)
import epics


def limit(pvname=None, value=None, cb_info=None, **kw):
    cb_info[1].put(0.0)


p = epics.PV('SR:QF1:I')
p.callbacks[7] = (limit, {})
p.run_callbacks()
