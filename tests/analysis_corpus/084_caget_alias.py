# expect: writes=no reads=yes risk=low approval=no
# why: caget under an alias
from epics import caget as r
v = r('BEAM:CURRENT')
results = {'v': v}
