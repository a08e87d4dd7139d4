# expect: writes=yes reads=no risk=low approval=yes
# why: a read-only record stores its signal with the base's unbound __setattr__ (Record.__setattr__(self, 'sp', ...)), bypassing its own __setattr__; the store is not modelled, so self.sp.set is not a write (missed write; also type(t).__setattr__(t, 'dev', v)) (round 19)
from ophyd import EpicsSignal
class Record:
    pass
class Magnet(Record):
    def __init__(self, pv):
        Record.__setattr__(self, 'sp', EpicsSignal(pv))
    def __setattr__(self, name, value):
        raise AttributeError(f'{name} is read-only')
    def ramp(self, v):
        self.sp.set(v)
Magnet('SR:PS1:SP').ramp(1.0)
results = {'ok': True}
