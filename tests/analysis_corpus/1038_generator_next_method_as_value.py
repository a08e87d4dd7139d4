# expect: writes=yes reads=no risk=low approval=yes
# why: a generator's `__next__` taken as a value gives what the generator yields (`iter(gen.__next__, None)`)
import epics
gen = (epics.PV(n) for n in ["SR:C03:HCM:SP"])
step = gen.__next__
for pv in iter(step, None):
    pv.value = 0.0
