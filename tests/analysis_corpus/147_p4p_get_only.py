# expect: writes=no reads=yes risk=low approval=no
# why: p4p Context.get in a loop is read-only
from p4p.client.thread import Context
ctx = Context('pva')
values = [ctx.get(n) for n in ('A:RB', 'B:RB')]
results = {'values': [float(v) for v in values]}
