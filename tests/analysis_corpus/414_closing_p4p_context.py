# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: with closing(Context('pva')) as ctx: ctx.get(...) then float(...) (round 6)
from contextlib import closing
from p4p.client.thread import Context

with closing(Context('pva')) as ctx:
    current = ctx.get('SR:DCCT:CURRENT', timeout=2.0)
results = {'current': float(current)}
