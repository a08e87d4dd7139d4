# expect: writes=no reads=yes risk=low approval=no
# why: reading .value is not a write
import epics
v = epics.PV('BEAM:CURRENT').value
results = {'current': v}
