# expect: writes=yes reads=no risk=low approval=yes
# why: an indexed element of a tuple of pairs is unpacked into a function and its argument; `steps[1]` holds `caput`, so calling it is a write (round 21)
from epics import caget, caput

steps = ((caget, None), (caput, 2.5))
action, value = steps[1]
action("SR:MAG1:SP", value)
