# expect: writes=yes reads=no risk=low approval=yes
# why: pvaccess Channel(...).put
import pvaccess
pvaccess.Channel('MAG:QF1:CURRENT_SP').put(1.0)
results = {}
