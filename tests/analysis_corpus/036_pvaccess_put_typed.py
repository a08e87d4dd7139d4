# expect: writes=yes reads=no risk=low approval=yes
# why: pvaccess typed putters (putDouble) are writes
import pvaccess
ch = pvaccess.Channel('MAG:QF1:CURRENT_SP')
ch.putDouble(1.0)
results = {}
