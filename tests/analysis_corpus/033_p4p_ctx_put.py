# expect: writes=yes reads=no risk=low approval=yes
# why: p4p Context.put
from p4p.client.thread import Context
ctx = Context('pva')
ctx.put('MAG:QF1:CURRENT_SP', 1.0)
results = {}
