# expect: writes=no reads=yes risk=low approval=no
# why: timeit given a PV's read method times a read: no code from a string (round 46)
import timeit
import epics
pv = epics.PV("SR:BPM1:X")
t = timeit.timeit(pv.get, number=3)
results = {"t": t}
