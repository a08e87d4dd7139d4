# expect: writes=yes reads=no risk=low approval=yes
# why: from-import of caput, called bare
from epics import caput
caput('MAG:QF1:CURRENT_SP', 12.5)
results = {}
