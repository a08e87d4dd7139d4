# expect: writes=yes reads=no risk=low approval=yes
# why: caproto.threading.client.Batch.write(pv, value) writes on exit; Batch is unmodelled and .write is not an EPICS pattern
from caproto.threading.client import Context, Batch
ctx = Context()
quad, = ctx.get_pvs("SR:QUAD01:SETPT")
with Batch() as b:
    b.write(quad, 12.5)
results = {}
