# expect: writes=yes reads=no risk=low approval=yes
# why: the AttrDict idiom self.__dict__ = self: d.dev is the dict's item from the keywords (missed write; with .put only the configured pattern finds it) (round 19)
from ophyd import EpicsSignal
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
d = AttrDict(dev=EpicsSignal('X:A'))
d.dev.set(1)
