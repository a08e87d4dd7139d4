# expect: writes=no reads=yes risk=low approval=no
# why: p4p Context.get
from p4p.client.thread import Context
ctx = Context('pva')
v = ctx.get('BEAM:CURRENT')
results = {'v': float(v)}
