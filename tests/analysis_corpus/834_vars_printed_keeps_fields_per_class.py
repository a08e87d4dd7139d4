# expect: writes=no reads=yes risk=low approval=no
# why: `vars(obj)` and `obj.__dict__` only printed, formatted, counted or copied cannot give an object another class's attributes, so the fields stay per class and the `threading.Event` kept as `Stopper.signal` is not the ophyd signal `Corrector.signal` (round 20)
import threading

from ophyd import EpicsSignal


class Corrector:
    def __init__(self, name):
        self.signal = EpicsSignal(name)


class Stopper:
    def __init__(self):
        self.signal = threading.Event()

    def stop(self):
        self.signal.set()


c = Corrector("SR:COR01:SP")
s = Stopper()
print(len(vars(c)), sorted(vars(c)), dict(c.__dict__).keys(), f"{vars(s)}")
s.stop()
results = {"value": c.signal.get()}
