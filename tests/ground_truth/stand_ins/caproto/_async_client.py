"""The client shared by the stand-in ``caproto.curio.client`` and ``caproto.trio.client``
(the two libraries' clients have one API): ``await chan.write`` writes, ``await chan.read``
reads, each logged under the library's own name."""

import _ground_truth as _gt


def client_classes(library):
    """``SharedBroadcaster``, ``Channel`` and ``Context`` logging as ``caproto.<library>``."""
    prefix = "caproto.%s.Channel." % library

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
            _gt.read(prefix + "read", self.name)
            return [1.0]

        async def write(self, data, *args, **kwargs):
            _gt.write(prefix + "write", self.name, data)

        async def subscribe(self, *args, **kwargs):
            _gt.read(prefix + "subscribe", self.name)

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

    return SharedBroadcaster, Channel, Context
