# expect: writes=yes reads=yes risk=low approval=yes
# why: p4p Context used as a context manager (`with Context('pva') as ctx:`), a get of a
# why: limit and a put of a numpy feed-forward table
import numpy as np
from p4p.client.thread import Context

N = 512
t = np.linspace(0.0, 1.0, N)
envelope = np.clip(np.sin(np.pi * t), 0.0, None) ** 2

with Context('pva') as ctx:
    scale = float(ctx.get('LLRF:CAV1:AMPL_LIMIT'))
    table = (0.9 * scale * envelope).astype(np.float32)
    ctx.put('LLRF:CAV1:FF_TABLE', table, wait=True)

results = {'peak': float(table.max()), 'n': N}
