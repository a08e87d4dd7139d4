# expect: writes=no reads=yes risk=low approval=no
# why: a method alias inside its own class body (clear = reset) counts as a borrowed function and turns the per-class attribute model off, so threading.Event.set() reads as the EpicsSignal (false write) (round 19)
import threading
from ophyd import EpicsSignal
class Monitor:
    def __init__(self): self.signal = EpicsSignal('BPM:01:X')
    def read(self): return self.signal.get()
class Worker:
    def __init__(self): self.signal = threading.Event()
    def done(self): self.signal.set()
class Buffer:
    def __init__(self): self.items = []
    def reset(self): self.items = []
    clear = reset
Buffer().clear()
m = Monitor(); w = Worker()
results = {'x': m.read()}
w.done()
