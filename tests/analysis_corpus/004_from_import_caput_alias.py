# expect: writes=yes reads=no risk=low approval=yes
# why: alias via from-import (issue example `from epics import caput as w`)
from epics import caput as w
w('MAG:QF1:CURRENT_SP', 12.5)
results = {}
