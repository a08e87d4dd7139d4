# expect: writes=yes reads=no risk=low approval=yes
# why: runtime API write_channel from-import
from pyexec_runtime import write_channel
write_channel('MAG:QF1:CURRENT_SP', 1.0)
results = {}
