# expect: writes=no reads=yes risk=low approval=no
# why: the seeds' `epics.caget(` read
import epics
v = epics.caget('BEAM:CURRENT')
results = {'current': v}
