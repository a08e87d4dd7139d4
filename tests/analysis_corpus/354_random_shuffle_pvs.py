# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: random.shuffle(pvs) to randomise read order is an unverified write (choice/sample are modelled, shuffle is not)
import random
import epics

pvs = [epics.PV("BPM%d:X" % i) for i in range(10)]
random.shuffle(pvs)
print([(p.pvname, p.get()) for p in pvs])
