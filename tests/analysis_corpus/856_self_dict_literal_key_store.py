# expect: writes=no reads=yes risk=low approval=no
# why: `self.__dict__['_rb'] = PV(...)` in a method, the usual way past a blocking `__setattr__`, stores the one attribute it names: no reflection, and the fields stay per class (red-team round 21)
from epics import PV
class ReadOnlyMagnet:
    def __init__(self, name):
        self.__dict__["_rb"] = PV(name + ":RB")
    def __setattr__(self, name, value):
        raise AttributeError("read-only")
    def read(self):
        return self._rb.get()
m = ReadOnlyMagnet("SR:Q1")
results = {"rb": m.read()}
