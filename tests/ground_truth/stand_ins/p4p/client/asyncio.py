"""Stand-in ``p4p.client.asyncio``: ``await ctx.put``/``rpc`` write, ``await ctx.get`` reads."""

import _ground_truth as _gt

from .thread import _Value, Subscription


class Context:
    name = "pva"

    def __init__(self, provider="pva", *args, **kwargs):
        self.provider = provider

    async def get(self, name, *args, **kwargs):
        if isinstance(name, (list, tuple)):
            for n in name:
                _gt.read("p4p.asyncio.Context.get", n)
            return [_Value(1.0) for _ in name]
        _gt.read("p4p.asyncio.Context.get", name)
        return _Value(1.0)

    async def put(self, name, values, *args, **kwargs):
        if isinstance(name, (list, tuple)):
            for n, v in zip(name, values):
                _gt.write("p4p.asyncio.Context.put", n, v)
            return None
        _gt.write("p4p.asyncio.Context.put", name, values)

    async def rpc(self, name, value, *args, **kwargs):
        _gt.write("p4p.asyncio.Context.rpc", name, value)
        return None

    def monitor(self, name, cb, *args, **kwargs):
        """The coroutine ``cb`` gets the current value (scheduled on the loop)."""
        import asyncio as _asyncio
        _gt.read("p4p.asyncio.Context.monitor", name)
        sub = Subscription(name)
        sub._task = _asyncio.ensure_future(cb(_Value(1.0)))
        return sub

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
