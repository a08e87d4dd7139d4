"""Stand-in ``p4p.rpc``: ``@rpcproxy`` classes whose ``@rpccall`` methods call
``context.rpc`` (a write, through the context's own stand-in)."""

import functools as _functools
import inspect as _inspect


def rpccall(pvname, request=None, rtype=None):
    def wrapper(fn):
        fn._call_PV = pvname
        fn._call_Request = request
        return fn
    return wrapper


def rpc(rtype=None):
    def wrapper(fn):
        fn._reply_Type = rtype
        return fn
    return wrapper


class RPCProxyBase(object):
    context = None
    format = None
    timeout = 3.0
    authority = ""
    throw = True
    scheme = None


def _wrapMethod(K, V):
    pv, req = V._call_PV, V._call_Request

    @_functools.wraps(V)
    def mcall(self, *args, **kws):
        pvname = pv % self.format
        return self.context.rpc(pvname, {"args": args, "kws": kws}, request=req,
                                timeout=self.timeout, throw=self.throw)
    return mcall


def rpcproxy(spec):
    def _proxyinit(self, context=None, format={}, **kws):
        assert context is not None, context
        self.context = context
        self.format = format
        spec.__init__(self, **kws)
    obj = {"__init__": _proxyinit}
    for K, V in _inspect.getmembers(spec, lambda M: hasattr(M, "_call_PV")):
        obj[K] = _wrapMethod(K, V)
    return type(spec.__name__, (RPCProxyBase, spec), obj)


def quickRPCServer(provider, prefix, target, maxsize=20, workers=1, useenv=True, conf=None,
                   isolate=False):
    """p4p: serves ``target``'s ``@rpc`` methods as ``prefix+name`` until interrupted (a
    write: channels served on the network)."""
    import _ground_truth as _gt
    _gt.write("p4p.rpc.quickRPCServer", prefix, provider)
