"""Stand-in ``p4p.client.thread``: ``Context.put`` and ``rpc`` write, ``get`` reads.
``monitor(name, cb)`` hands ``cb`` the current value at once (p4p's first update)."""

import _ground_truth as _gt


class _Value(float):
    pass


class Subscription:
    def __init__(self, name=None):
        self.name = name

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Context:
    def __init__(self, provider="pva", *args, **kwargs):
        self.provider = provider

    def get(self, name, *args, **kwargs):
        if isinstance(name, (list, tuple)):
            for n in name:
                _gt.read("p4p.Context.get", n)
            return [_Value(1.0) for _ in name]
        _gt.read("p4p.Context.get", name)
        return _Value(1.0)

    def put(self, name, values, *args, **kwargs):
        if isinstance(name, (list, tuple)):
            for n, v in zip(name, values):
                _gt.write("p4p.Context.put", n, v)
            return None
        _gt.write("p4p.Context.put", name, values)

    def rpc(self, name, value, *args, **kwargs):
        _gt.write("p4p.Context.rpc", name, value)
        return None

    def monitor(self, name, cb, *args, **kwargs):
        _gt.read("p4p.Context.monitor", name)
        cb(_Value(1.0))
        return Subscription(name)

    def close(self):
        pass

    def disconnect(self, name=None):
        pass

    def names(self):
        return []

    name = "pva"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
