# expect: writes=no reads=yes risk=low approval=no
# why: a tuple never changes, so a literal index into a name only ever bound to a tuple display picks that element alone: `ops[0]` is `caget`, not also `caput` (round 21)
from epics import caget, caput

ops = (caget, caput)
first, last = ops[0], ops[-2]
results = {"x": first("SR:BPM1:X"), "y": last("SR:BPM1:Y")}
