# expect: writes=yes reads=no risk=low approval=yes
# why: a PV sent into a generator whose yield has a value (`pv = yield status`) was not followed into the yield expression, so the put on it was missed (left by round 16, now followed)
import epics


def mover():
    status = None
    while True:
        pv = yield status
        status = pv.put(1.0, wait=True)


steps = mover()
next(steps)
steps.send(epics.PV("SR:QF1:CURRENT_SP"))
results = {"sent": 1}
