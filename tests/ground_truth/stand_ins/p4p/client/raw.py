"""Stand-in ``p4p.client.raw``: callback-style ``put``/``rpc`` write, ``get``/``monitor`` read."""

import _ground_truth as _gt


class _Op:
    def close(self):
        pass


class Context:
    def __init__(self, provider="pva", *args, **kwargs):
        self.provider = provider

    def get(self, name, handler, request=None):
        _gt.read("p4p.raw.Context.get", name)
        return _Op()

    def put(self, name, handler, builder=None, request=None, get=True):
        _gt.write("p4p.raw.Context.put", name, builder)
        return _Op()

    def rpc(self, name, handler, value, request=None):
        _gt.write("p4p.raw.Context.rpc", name, value)
        return _Op()

    def monitor(self, name, handler, request=None, **kws):
        _gt.read("p4p.raw.Context.monitor", name)
        return _Op()

    def close(self):
        pass
