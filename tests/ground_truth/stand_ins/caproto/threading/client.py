"""Stand-in ``caproto.threading.client``: ``PV.write`` writes, ``PV.read`` reads.

Callbacks run as caproto runs them (red-team round 43, helper D): a PV's connection-state
and access-rights callbacks (``get_pvs(..., connection_state_callback=,
access_rights_callback=)`` or ``pv.connection_state_callback.add_callback(f, run=True)``)
get ``(pv, state)`` / ``(pv, rights)`` when it connects (at once here); a subscription's
callbacks get ``(sub, response)`` with the current value when added (the server answers
the subscription with it); ``read``/``write`` with ``callback=`` call it with the
response."""

import _ground_truth as _gt


class _Response:
    def __init__(self, value):
        self.data = [value]
        self.metadata = None


class CallbackHandler:
    """caproto's ``CallbackHandler``: callbacks get the PV and the last state; ``run=True``
    replays the last call."""

    def __init__(self, pv):
        self.pv = pv
        self.callbacks = {}
        self._last = None

    def add_callback(self, func, run=False):
        cb_id = len(self.callbacks)
        self.callbacks[cb_id] = func
        if run and self._last is not None:
            func(*self._last)
        return cb_id

    def remove_callback(self, cb_id):
        self.callbacks.pop(cb_id, None)

    def process(self, *args):
        self._last = args
        for func in list(self.callbacks.values()):
            func(*args)


class Subscription:
    def __init__(self, pv):
        self.pv = pv
        self.callbacks = {}

    def add_callback(self, func):
        cb_id = len(self.callbacks)
        self.callbacks[cb_id] = func
        _gt.read("caproto.Subscription.event", self.pv.name)
        func(self, _Response(1.0))
        return cb_id

    def remove_callback(self, cb_id):
        self.callbacks.pop(cb_id, None)

    def clear(self):
        self.callbacks.clear()


class PV:
    def __init__(self, name, context=None, connection_state_callback=None,
                 access_rights_callback=None, *args, **kwargs):
        self.name = name
        self.context = context
        self.connected = True
        self.connection_state_callback = CallbackHandler(self)
        self.access_rights_callback = CallbackHandler(self)
        if connection_state_callback is not None:
            self.connection_state_callback.add_callback(connection_state_callback, run=True)
        if access_rights_callback is not None:
            self.access_rights_callback.add_callback(access_rights_callback, run=True)
        # It connects at once.
        self.access_rights_callback.process(self, 3)
        self.connection_state_callback.process(self, "connected")

    def wait_for_connection(self, timeout=None):
        return True

    def read(self, *args, callback=None, **kwargs):
        _gt.read("caproto.PV.read", self.name)
        response = _Response(1.0)
        if callback is not None:
            callback(response)
        return response

    def write(self, data, *args, callback=None, **kwargs):
        _gt.write("caproto.PV.write", self.name, data)
        response = _Response(data)
        if callback is not None:
            callback(response)
        return response

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

    def get_pvs(self, *names, priority=0, connection_state_callback=None,
                access_rights_callback=None, timeout=2.0):
        return [PV(n, self, connection_state_callback, access_rights_callback)
                for n in names]


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
