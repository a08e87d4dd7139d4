# expect: writes=yes reads=no risk=low approval=yes
# why: caproto's synchronous client write()
from caproto.sync.client import write
write('MAG:QF1:CURRENT_SP', 1.0, notify=True)
results = {}
