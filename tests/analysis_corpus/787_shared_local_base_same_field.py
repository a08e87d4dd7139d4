# expect: writes=no reads=yes risk=low approval=no
# why: two subclasses of one plain local base (which never touches the field) keep `self.signal` separately: an EpicsSignalRO in one, a threading.Event in the other; `Event.set()` is not an ophyd set (class-family fields, realistic) (round 19)
import threading
from ophyd import EpicsSignalRO

class Task:
    def describe(self):
        return type(self).__name__

class SignalReader(Task):
    def __init__(self, pv):
        self.signal = EpicsSignalRO(pv, name="sig")

class Timer(Task):
    def __init__(self):
        self.signal = threading.Event()

reader = SignalReader("SR:RF:FWD:POWER")
timer = Timer()
value = reader.signal.get()
timer.signal.set()
results = {"value": value, "tasks": [reader.describe(), timer.describe()]}
