"""Stand-in ``caproto.asyncio.client``: ``await pv.write`` writes, ``await pv.read`` reads.
A subscription's callbacks (plain or ``async``) get ``(sub, response)`` with the current
value when added; connection-state callbacks get ``(pv, state)`` when the PV connects."""

import asyncio as _asyncio
import inspect as _inspect

import _ground_truth as _gt


class _Response:
    def __init__(self, value):
        self.data = [value]
        self.metadata = None


def _call(func, *args):
    result = func(*args)
    if _inspect.isawaitable(result):
        return _asyncio.ensure_future(result)
    return None


class Subscription:
    def __init__(self, pv):
        self.pv = pv
        self.callbacks = {}
        self._tasks = []

    def add_callback(self, func):
        cb_id = len(self.callbacks)
        self.callbacks[cb_id] = func
        _gt.read("caproto.asyncio.Subscription.event", self.pv.name)
        task = _call(func, self, _Response(1.0))
        if task is not None:
            self._tasks.append(task)
        return cb_id

    async def clear(self):
        for task in self._tasks:
            await task


class PV:
    def __init__(self, name, context, connection_state_callback=None, **kwargs):
        self.name = name
        self.context = context
        self.connected = True
        if connection_state_callback is not None:
            _call(connection_state_callback, self, "connected")

    async def wait_for_connection(self, timeout=None):
        return True

    async def read(self, *args, **kwargs):
        _gt.read("caproto.asyncio.PV.read", self.name)
        return _Response(1.0)

    async def write(self, data, *args, **kwargs):
        _gt.write("caproto.asyncio.PV.write", self.name, data)
        return _Response(data)

    def subscribe(self, *args, **kwargs):
        _gt.read("caproto.asyncio.PV.subscribe", self.name)
        return Subscription(self)


class Context:
    def __init__(self, *args, **kwargs):
        pass

    async def get_pvs(self, *names, priority=0, connection_state_callback=None, **kwargs):
        return [PV(n, self, connection_state_callback) for n in names]

    async def disconnect(self):
        pass
