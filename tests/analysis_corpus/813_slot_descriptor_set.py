# expect: writes=yes reads=no risk=low approval=yes
# why: a slot filled through its member descriptor (Channel.sig.__set__(ch, sig)) is not a modelled store, so ch.apply's self.sig.set is not a write (evasion-ish; __get__ trips the shared switch, __set__ does not) (round 19)
from ophyd import EpicsSignal
class Channel:
    __slots__ = ('sig', 'name')
    def __init__(self, name):
        self.name = name
        self.sig = None
    def apply(self, v):
        if self.sig is not None:
            self.sig.set(v)
ch = Channel('corrector')
Channel.sig.__set__(ch, EpicsSignal('SR:COR1:SP'))
ch.apply(0.5)
