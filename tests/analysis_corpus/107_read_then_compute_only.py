# expect: writes=no reads=yes risk=low approval=no
# why: several reads and arithmetic, no writes
import epics
names = ['BPM:1:X', 'BPM:2:X']
values = [epics.caget(n) for n in names]
mean = sum(values) / len(values)
results = {'mean': mean}
