"""Stand-in ``caproto.curio.client``: ``await chan.write`` writes, ``await chan.read`` reads."""

import _ground_truth as _gt


class SharedBroadcaster:
    def __init__(self, *args, **kwargs):
        self.search_results = {}

    async def register(self):
        pass

    async def disconnect(self):
        pass


class Channel:
    def __init__(self, name):
        self.name = name

    def register_user_callback(self, func):
        self._cb = func

    async def wait_for_connection(self):
        pass

    async def read(self, *args, **kwargs):
        _gt.read("caproto.curio.Channel.read", self.name)
        return [1.0]

    async def write(self, data, *args, **kwargs):
        _gt.write("caproto.curio.Channel.write", self.name, data)

    async def subscribe(self, *args, **kwargs):
        _gt.read("caproto.curio.Channel.subscribe", self.name)

    async def unsubscribe(self, subscriptionid, *args, **kwargs):
        pass

    async def disconnect(self):
        pass


class Context:
    def __init__(self, broadcaster=None, *args, **kwargs):
        self.broadcaster = broadcaster

    async def search(self, name):
        pass

    async def create_channel(self, name, priority=0):
        return Channel(name)
