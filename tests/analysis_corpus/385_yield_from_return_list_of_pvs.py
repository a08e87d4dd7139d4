# expect: writes=yes reads=no risk=low approval=yes
# why: pvs = yield from ramp(...): the generator returns a list of PVs (red-team round 6)
import epics

def ramp(names):
    pvs = [epics.PV(n) for n in names]
    for i in range(3):
        yield i
    return pvs

def drive():
    pvs = yield from ramp(['SR:HCM1:SP', 'SR:HCM2:SP'])
    for p in pvs:
        p.value = 0.0

list(drive())
results = {}
