"""Stand-in ``p4p.server.thread.SharedPV``: a value held by this process (served only
through a ``Server``)."""


class SharedPV:
    def __init__(self, handler=None, nt=None, initial=None, **kws):
        self._value = initial
        self._handler = handler

    def open(self, value, **kws):
        self._value = value

    def post(self, value, **kws):
        self._value = value

    def current(self):
        return self._value

    def close(self, *args, **kws):
        pass

    def put(self, fn):
        return fn

    def rpc(self, fn):
        return fn
