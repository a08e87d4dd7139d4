"""Stand-in ``p4p.nt``: value wrappers (no channel access)."""


class NTScalar:
    def __init__(self, valtype="d", **kws):
        self.valtype = valtype

    def wrap(self, value, **kws):
        return {"value": value}

    @staticmethod
    def buildType(valtype, **kws):
        return valtype


class NTURI:
    def __init__(self, args):
        self.args = list(args)

    def wrap(self, path, args=(), kws=None, scheme=None, authority=None):
        return {"path": path, "args": args, "kws": kws}
