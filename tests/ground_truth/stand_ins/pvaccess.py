"""Stand-in pvaccess (pvapy): ``Channel`` puts write, gets read."""

import _ground_truth as _gt

BOOLEAN, INT, DOUBLE, STRING = "BOOLEAN", "INT", "DOUBLE", "STRING"
CA, PVA = "ca", "pva"


class PvObject(dict):
    def __init__(self, structure=None, values=None):
        dict.__init__(self, values or {})


class _Result(dict):
    def getDouble(self, *args):
        return 1.0

    def toDict(self):
        return dict(self)


class Channel:
    def __init__(self, name, provider=PVA):
        self._name = name

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if "put" in name.lower():
            def put(*args, **kwargs):
                _gt.write("pvaccess.Channel.%s" % name, self._name, args)
            return put
        if name.startswith("get") or name.startswith("monitor") or name.startswith("subscribe"):
            def get(*args, **kwargs):
                _gt.read("pvaccess.Channel.%s" % name, self._name)
                return _Result(value=1.0)
            return get
        raise AttributeError(name)


class RpcClient:
    def __init__(self, name):
        self._name = name

    def invoke(self, request, *args):
        _gt.write("pvaccess.RpcClient.invoke", self._name, request)
        return _Result()
