# expect: writes=no reads=yes risk=low approval=no
# why: a namedtuple(...) base (also Generic[T] or typing.Dict[str, int]) is not a local class or a plain library path, so it turns the per-class attribute model off and threading.Event.set() reads as the EpicsSignal (false write; Generic[T] was precise in cbf6891) (round 19)
import threading
from ophyd import EpicsSignal
class Monitor:
    def __init__(self): self.signal = EpicsSignal('BPM:01:X')
    def read(self): return self.signal.get()
class Worker:
    def __init__(self): self.signal = threading.Event()
    def done(self): self.signal.set()
from collections import namedtuple
class Point(namedtuple('Point', 'x y')):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
m = Monitor(); w = Worker()
results = {'x': m.read(), 'n': Point(3, 4).norm()}
w.done()
