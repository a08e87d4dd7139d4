"""Stand-in ``caproto.sync.client``. A subscription's callbacks get ``(sub, response)``
for each event while ``block`` runs (one event each here)."""

import _ground_truth as _gt


class _Response:
    def __init__(self, value):
        self.data = [value]
        self.metadata = None


def read(pv_name, *args, **kwargs):
    _gt.read("caproto.sync.client.read", pv_name)
    return _Response(1.0)


def write(pv_name, data, *args, **kwargs):
    _gt.write("caproto.sync.client.write", pv_name, data)


class _SyncSubscription:
    def __init__(self, pv_name):
        self.pv_name = pv_name
        self.callbacks = {}

    def add_callback(self, func):
        self.callbacks[len(self.callbacks)] = func
        return func

    def clear(self):
        pass

    def block(self, duration=None, timeout=1):
        for func in list(self.callbacks.values()):
            func(self, _Response(1.0))

    def interrupt(self):
        pass


def subscribe(pv_name, *args, **kwargs):
    _gt.read("caproto.sync.client.subscribe", pv_name)
    return _SyncSubscription(pv_name)


def block(*subscriptions, duration=None, timeout=1, force_int_enums=False, repeater=True):
    for sub in subscriptions:
        sub.block(duration, timeout)
