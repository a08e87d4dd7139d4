# expect: writes=no reads=yes risk=low approval=no
# why: pvaccess Channel.get is a read
import pvaccess
ch = pvaccess.Channel('BEAM:CURRENT')
v = ch.get()
results = {'v': str(v)}
