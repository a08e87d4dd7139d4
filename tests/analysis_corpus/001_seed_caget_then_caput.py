# expect: writes=yes reads=yes risk=low approval=yes
# why: the seeds' example: a read, then a conditional write
import epics
current = epics.caget('BEAM:CURRENT')
if current < 400:
    epics.caput('ALARM:STATUS', 1)
results = {'current': current}
