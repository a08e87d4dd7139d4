# expect: writes=yes reads=no risk=low approval=yes
# why: star import of the runtime API
from pyexec_runtime import *
write_channel('MAG:QF1:CURRENT_SP', 1.0)
results = {}
