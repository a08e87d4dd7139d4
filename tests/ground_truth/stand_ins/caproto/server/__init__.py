"""Stand-in ``caproto.server`` (red-team round 43, helper D): ``pvproperty``/``PVGroup``
describe PVs in memory; ``run`` serves them on the network (a write)."""

import _ground_truth as _gt


class pvproperty:
    def __init__(self, value=None, name=None, **kwargs):
        self.value = value
        self.name = name
        self.attr_name = None

    def __set_name__(self, owner, name):
        self.attr_name = name

    def __call__(self, fn):
        return self

    def getter(self, fn):
        return fn

    def putter(self, fn):
        return fn

    def startup(self, fn):
        return fn


class PVGroup:
    def __init__(self, prefix="", **kwargs):
        self.prefix = prefix
        self.pvdb = {}
        for klass in type(self).__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, pvproperty):
                    self.pvdb[prefix + (value.name or name)] = value


def ioc_arg_parser(default_prefix="", desc="", **kwargs):
    return {"prefix": default_prefix}, {"log_pv_names": False, "interfaces": ["0.0.0.0"]}


def run(pvdb, *, module_name="caproto.asyncio.server", interfaces=None,
        log_pv_names=False, startup_hook=None, **kwargs):
    _gt.write("caproto.server.run", sorted(pvdb))
