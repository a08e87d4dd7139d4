# expect: writes=yes reads=no risk=low approval=yes
# why: p4p put to a list of names
from p4p.client.thread import Context
ctx = Context('pva')
ctx.put(['A:SP', 'B:SP'], [1.0, 2.0])
results = {}
