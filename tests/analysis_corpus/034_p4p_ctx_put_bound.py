# expect: writes=yes reads=no risk=low approval=yes
# why: p4p Context.put bound to a name
from p4p.client.thread import Context as Ctx
ctx = Ctx('pva')
setter = ctx.put
setter('MAG:QF1:CURRENT_SP', 2.0)
results = {}
