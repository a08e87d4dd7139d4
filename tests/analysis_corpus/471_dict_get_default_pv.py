# expect: writes=yes reads=no risk=low approval=yes
# why: dict get default pv (red-team round 8)
import epics
overrides = {}
default = epics.PV('SR:QF1:I')
target = overrides.get('qf1', default)
target.put(3.0)
results = {}
