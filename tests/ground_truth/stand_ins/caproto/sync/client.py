"""Stand-in ``caproto.sync.client``."""

import _ground_truth as _gt


def read(pv_name, *args, **kwargs):
    _gt.read("caproto.sync.client.read", pv_name)
    return 1.0


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
        pass

    def interrupt(self):
        pass


def subscribe(pv_name, *args, **kwargs):
    _gt.read("caproto.sync.client.subscribe", pv_name)
    return _SyncSubscription(pv_name)


def block(*subscriptions, duration=None, timeout=1, force_int_enums=False, repeater=True):
    pass
