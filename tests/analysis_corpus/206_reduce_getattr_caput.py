# expect: writes=yes reads=no risk=low approval=yes
# why: functools.reduce applies getattr to the epics module with a name from data
import functools, epics
functools.reduce(getattr, ['caput'], epics)('X:Y', 1)
results = {}
