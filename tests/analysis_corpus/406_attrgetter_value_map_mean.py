# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: map(operator.attrgetter('value'), bpms) only reads the values (round 6)
import operator
import statistics
import epics

bpms = [epics.PV(f'SR:BPM{i:02d}:X') for i in range(1, 9)]
for p in bpms:
    p.wait_for_connection(timeout=2.0)
read_x = operator.attrgetter('value')
xs = [x for x in map(read_x, bpms) if x is not None]
results = {'mean_x': statistics.fmean(xs), 'n': len(xs)}
