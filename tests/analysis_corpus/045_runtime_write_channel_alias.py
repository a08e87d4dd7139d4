# expect: writes=yes reads=no risk=low approval=yes
# why: runtime API write_channel under an alias
from pyexec_runtime import write_channel as wc
wc('MAG:QF1:CURRENT_SP', 1.0)
results = {}
