# expect: writes=no reads=yes risk=low approval=no
# why: the seeds' `.get(` read on an epics.PV
import epics
pv = epics.PV('BEAM:CURRENT')
v = pv.get(timeout=1.0)
results = {'current': v}
