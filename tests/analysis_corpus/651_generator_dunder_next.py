# expect: writes=yes reads=no risk=low approval=yes
# why: gen.__next__() on a local generator gives the yielded PV; only next(gen) is modelled (round 15)
import epics
def magnets(names):
    for n in names:
        yield epics.PV(n)
it = magnets(["SR:QF1:SP", "SR:QD1:SP"])
it.__next__().value = 0.0
results = {}
