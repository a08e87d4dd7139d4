"""Stand-in ``p4p.server`` (red-team round 43, helper D): a ``Server`` serves its providers'
channels on the network from construction (a write); ``Server.forever`` makes one and
blocks (here it returns, as if interrupted)."""

import _ground_truth as _gt


class Server:
    def __init__(self, isolate=False, providers=None, **kws):
        names = [getattr(p, "name", p) for p in (providers or [])]
        _gt.write("p4p.server.Server", names)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def conf(self):
        return {}

    def stop(self):
        pass

    @classmethod
    def forever(klass, *args, **kws):
        with klass(*args, **kws):
            pass


class StaticProvider:
    def __init__(self, name="static"):
        self.name = name
        self._pvs = {}

    def add(self, name, pv):
        self._pvs[name] = pv

    def remove(self, name):
        self._pvs.pop(name, None)

    def keys(self):
        return list(self._pvs)


class DynamicProvider:
    NotYet = b"nocache"

    def __init__(self, name, handler):
        self.name = name
        self._handler = handler
