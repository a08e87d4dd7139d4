# expect: writes=yes reads=no risk=low approval=yes
# why: gen.send(None) returns the next yielded value, like next(gen), but is not followed into the yield (round 15)
import epics
def magnets(names):
    for n in names:
        yield epics.PV(n)
target = magnets(["SR:QF1:SP"]).send(None)
target.value = 1.0
results = {}
