# expect: writes=yes reads=no risk=low approval=yes
# why: cothread.catools caput under an alias
from cothread.catools import caput as cp
cp('MAG:QF1:CURRENT_SP', 1.0)
results = {}
