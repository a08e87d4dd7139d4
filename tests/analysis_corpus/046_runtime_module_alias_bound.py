# expect: writes=yes reads=no risk=low approval=yes
# why: runtime module alias, write function bound to a name
import pyexec_runtime as rt
send = rt.write_channel
send('MAG:QF1:CURRENT_SP', 2.0)
results = {}
