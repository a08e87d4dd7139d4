# expect: writes=yes reads=no risk=low approval=yes
# why: caput_many imported under an alias
from epics import caput_many as put_all
put_all(['A:SP', 'B:SP'], [1.0, 2.0])
results = {}
