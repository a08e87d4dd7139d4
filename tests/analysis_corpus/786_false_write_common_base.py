# expect: writes=no reads=yes risk=low approval=no
# why: siblings under one local base class (Component) are one family, so Poller's threading.Event signal reads as BeamMonitor's EpicsSignal (false write) (round 19)
import threading
from ophyd import EpicsSignal
class Component:
    def __init__(self, name): self.name = name
    def describe(self): return self.name
class BeamMonitor(Component):
    def __init__(self):
        super().__init__('beam')
        self.signal = EpicsSignal('SR:DCCT')
    def current(self): return self.signal.get()
class Poller(Component):
    def __init__(self):
        super().__init__('poller')
        self.signal = threading.Event()
    def stop(self): self.signal.set()
mon, poll = BeamMonitor(), Poller()
results = {'I': mon.current()}
poll.stop()
