# expect: writes=no reads=yes risk=low approval=no
# why: two unrelated local classes keep different things under `self.signal`: the ophyd signal is only read, the event is set; the event's `set()` is not a write (round 19: fields are kept per class family)
import threading
from ophyd import EpicsSignalRO


class Monitor:
    def __init__(self, pv):
        self.signal = EpicsSignalRO(pv, name="current")

    def value(self):
        return self.signal.get()


class Stopper:
    def __init__(self):
        self.signal = threading.Event()

    def stop(self):
        self.signal.set()


monitor = Monitor("SR:DCCT:CURRENT")
stopper = Stopper()
results = {"current": monitor.value()}
stopper.stop()
