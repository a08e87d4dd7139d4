# expect: writes=yes reads=no risk=low approval=yes
# why: a function bound to a foreign instance with __get__ (Handler.on_value.__get__(loop)); the walk runs on_value with self as Handler only, whose out is None (missed write) (round 19)
from ophyd import EpicsSignal
class Handler:
    def __init__(self): self.out = None
    def on_value(self, value): self.out.set(value)
class Loop:
    def __init__(self): self.out = EpicsSignal('X:OUT')
lp = Loop()
cb = Handler.on_value.__get__(lp, Loop)
cb(1.0)
