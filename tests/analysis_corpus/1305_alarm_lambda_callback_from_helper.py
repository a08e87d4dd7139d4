# expect: writes=yes reads=yes risk=low approval=yes
# why: an Alarm's keyword-only lambda callback hands the PV from cb_info to a helper that puts (red-team round 43, helper D)
import epics


def reset(pv):
    pv.put(0.0)


epics.Alarm('SR:QF1:I', comparison='eq', trip_point=1.0,
            callback=lambda **kw: reset(kw['cb_info'][1]))
epics.poll()
