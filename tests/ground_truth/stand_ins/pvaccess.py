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


# Channel methods that neither read nor write the PV.
_CHANNEL_PLAIN = {"startMonitor", "stopMonitor", "unsubscribe", "setTimeout", "getTimeout",
                  "setMonitorMaxQueueLength", "getMonitorMaxQueueLength", "isConnected",
                  "getName", "setConnectionCallback", "getIntrospectionDict",
                  "isMonitorActive"}


class Channel:
    def __init__(self, name, provider=PVA):
        self._name = name
        self._subscribers = {}

    # Monitors hand their subscribers a PvObject at once (the first update).
    def subscribe(self, subscriber_name, subscriber):
        _gt.read("pvaccess.Channel.subscribe", self._name)
        self._subscribers[subscriber_name] = subscriber

    def unsubscribe(self, subscriber_name):
        self._subscribers.pop(subscriber_name, None)

    def startMonitor(self, *args, **kwargs):
        for subscriber in list(self._subscribers.values()):
            subscriber(PvObject(None, {"value": 1.0}))

    def monitor(self, subscriber, *args, **kwargs):
        _gt.read("pvaccess.Channel.monitor", self._name)
        self._subscribers["monitor"] = subscriber
        self.startMonitor()

    def asyncGet(self, handler, errorHandler=None, *args, **kwargs):
        _gt.read("pvaccess.Channel.asyncGet", self._name)
        handler(PvObject(None, {"value": 1.0}))

    def setConnectionCallback(self, callback):
        callback(True)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _CHANNEL_PLAIN:
            def plain(*args, **kwargs):
                return None
            return plain
        if name == "getPut" or name == "asyncGet":
            # getPut fetches the put structure: a read.
            def getput(*args, **kwargs):
                _gt.read("pvaccess.Channel.%s" % name, self._name)
                return _Result(value=1.0)
            return getput
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


def _channel_put(name):
    def put(self, *args, **kwargs):
        _gt.write("pvaccess.Channel.%s" % name, self._name, args)
        if "Get" in name:
            return _Result(value=1.0)
    put.__name__ = name
    return put


def _channel_get(name):
    def get(self, *args, **kwargs):
        _gt.read("pvaccess.Channel.%s" % name, self._name)
        return _Result(value=1.0)
    get.__name__ = name
    return get


_TYPES = ("Boolean", "Byte", "UByte", "Short", "UShort", "Int", "UInt", "Long", "ULong",
          "Float", "Double", "String")
# The class's own methods, so ``Channel.putDouble(ch, 1.0)`` works as with pvapy.
for _n in (["put", "putScalarArray", "putUnion", "putGet", "parsePut", "parsePutGet",
            "asyncPut"] + ["put" + t for t in _TYPES] + ["putGet" + t for t in _TYPES]):
    setattr(Channel, _n, _channel_put(_n))
for _n in ["get", "getPut"] + ["get" + t for t in _TYPES]:
    setattr(Channel, _n, _channel_get(_n))


class RpcClient:
    def __init__(self, name):
        self._name = name

    def invoke(self, request, *args):
        _gt.write("pvaccess.RpcClient.invoke", self._name, request)
        return _Result()


class MultiChannel:
    """pvapy's ``MultiChannel``: ``put``/``putAsDoubleArray`` write every member channel."""

    def __init__(self, names, provider=PVA):
        self._names = list(names)

    def get(self, *args):
        for n in self._names:
            _gt.read("pvaccess.MultiChannel.get", n)
        return _Result(value=[1.0 for _ in self._names])

    def getAsDoubleArray(self, *args):
        for n in self._names:
            _gt.read("pvaccess.MultiChannel.getAsDoubleArray", n)
        return [1.0 for _ in self._names]

    def put(self, values):
        for n, v in zip(self._names, list(values)):
            _gt.write("pvaccess.MultiChannel.put", n, v)

    def putAsDoubleArray(self, values):
        for n, v in zip(self._names, list(values)):
            _gt.write("pvaccess.MultiChannel.putAsDoubleArray", n, v)

    def monitor(self, subscriber, *args):
        for n in self._names:
            _gt.read("pvaccess.MultiChannel.monitor", n)

    def monitorAsDoubleArray(self, subscriber, *args):
        for n in self._names:
            _gt.read("pvaccess.MultiChannel.monitorAsDoubleArray", n)

    def stopMonitor(self):
        pass


class PvDouble(PvObject):
    def __init__(self, value=0.0):
        PvObject.__init__(self, None, {"value": value})


class PvInt(PvObject):
    def __init__(self, value=0):
        PvObject.__init__(self, None, {"value": value})


class PvString(PvObject):
    def __init__(self, value=""):
        PvObject.__init__(self, None, {"value": value})


class RpcServer:
    """pvapy's RPC server: serving its services on the network is a write."""

    def __init__(self, *args, **kwargs):
        self._services = {}

    def registerService(self, name, func):
        self._services[name] = func

    def unregisterService(self, name):
        self._services.pop(name, None)

    def listen(self, seconds=0):
        _gt.write("pvaccess.RpcServer.listen", sorted(self._services))

    def startListener(self):
        _gt.write("pvaccess.RpcServer.startListener", sorted(self._services))

    start = startListener

    def stop(self):
        pass

    def shutdown(self):
        pass


class PvaServer:
    """pvapy's PVA server: serves its records on the network (a write)."""

    def __init__(self, *args, **kwargs):
        _gt.write("pvaccess.PvaServer", args[:1])
        self._records = {}
        if len(args) >= 2:
            self._records[args[0]] = args[1]

    def addRecord(self, name, pv_object, *args, **kwargs):
        _gt.write("pvaccess.PvaServer.addRecord", name)
        self._records[name] = pv_object

    def update(self, *args):
        _gt.write("pvaccess.PvaServer.update", args[:1])

    def start(self):
        pass

    def stop(self):
        pass
