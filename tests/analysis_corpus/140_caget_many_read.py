# expect: writes=no reads=yes risk=low approval=no
# why: caget_many is a read
import epics
values = epics.caget_many(['BPM:1:X', 'BPM:2:X'])
results = {'values': values}
