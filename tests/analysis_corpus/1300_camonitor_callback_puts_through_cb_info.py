# expect: writes=yes reads=yes risk=low approval=yes
# why: pyepics' camonitor adds its callback to the PV it watches, so the callback's cb_info[1] is that PV and its put writes at the next poll (red-team round 43, helper D)
import epics


def clamp(pvname=None, value=None, cb_info=None, **kw):
    if value is not None and value > 0.5:
        cb_info[1].put(0.5)


epics.camonitor('SR:QF1:I', callback=clamp)
epics.poll(evt=1.0, iot=1.0)
epics.camonitor_clear('SR:QF1:I')
