# expect: writes=yes reads=no risk=low approval=yes
# why: a list subclass built with list(...) semantics (Bank([sig, ...])) iterates over self; the items passed to the library base's constructor are not the elements of self (missed write; same for a tuple subclass Pair((sig,))[0]) (round 19)
from ophyd import EpicsSignal
class CorrectorBank(list):
    def zero(self):
        for sig in self:
            sig.set(0.0)
bank = CorrectorBank([EpicsSignal('SR:COR1:SP'), EpicsSignal('SR:COR2:SP')])
bank.zero()
