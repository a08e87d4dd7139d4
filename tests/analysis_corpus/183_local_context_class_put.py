# expect: writes=no reads=no risk=low approval=no
# why: a local class named Context, used as `with Context('sim') as ctx:` with ctx.put
# why: and ctx.get exactly like p4p, but p4p is never imported: an in-memory simulator
import numpy as np


class Context:
    def __init__(self, provider):
        self.provider = provider
        self._store = {}
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False
        return False

    def put(self, name, value, wait=False):
        self._store[name] = np.asarray(value)

    def get(self, name):
        return self._store.get(name, np.zeros(1))


with Context('sim') as ctx:
    ctx.put('LLRF:CAV1:FF_TABLE', np.hanning(64))
    table = ctx.get('LLRF:CAV1:FF_TABLE')
    ctx.put('LLRF:CAV1:AMPL_SP', float(table.max()))

results = {'peak': float(table.max()), 'provider': ctx.provider}
