"""Stand-in ``caproto.asyncio.client``: ``await pv.write`` writes, ``await pv.read`` reads."""

import _ground_truth as _gt


class _Response:
    def __init__(self, value):
        self.data = [value]
        self.metadata = None


class Subscription:
    def __init__(self, pv):
        self.pv = pv

    def add_callback(self, func):
        return func

    async def clear(self):
        pass


class PV:
    def __init__(self, name, context):
        self.name = name
        self.context = context
        self.connected = True

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

    async def get_pvs(self, *names, **kwargs):
        return [PV(n, self) for n in names]

    async def disconnect(self):
        pass
