"""Stand-in ``caproto.threading.client``: ``PV.write`` writes, ``PV.read`` reads."""

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

    def clear(self):
        pass


class PV:
    def __init__(self, name, context):
        self.name = name
        self.context = context
        self.connected = True

    def wait_for_connection(self, timeout=None):
        return True

    def read(self, *args, **kwargs):
        _gt.read("caproto.PV.read", self.name)
        return _Response(1.0)

    def write(self, data, *args, **kwargs):
        _gt.write("caproto.PV.write", self.name, data)
        return _Response(data)

    def subscribe(self, *args, **kwargs):
        _gt.read("caproto.PV.subscribe", self.name)
        return Subscription(self)

    def unsubscribe_all(self):
        pass

    def go_idle(self):
        pass

    @property
    def access_rights(self):
        return 3

    @property
    def native_data_type(self):
        return 6


class Context:
    def __init__(self, *args, **kwargs):
        pass

    def disconnect(self, wait=True):
        pass

    def get_pvs(self, *names, **kwargs):
        return [PV(n, self) for n in names]


class Batch:
    def __init__(self):
        self._ops = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def read(self, pv, callback):
        callback(pv.read())

    def write(self, pv, data):
        pv.write(data)
