# expect: writes=no reads=yes risk=low approval=no
# why: the guard for 1375: an instance's __getstate__() fields are only read, a label's upper() is text's
import epics

class Station:
    def __init__(self):
        self.x = epics.PV("SR:BPM1:X")
        self.label = "bpm1"

s = Station()
state = s.__getstate__()
results = {"x": state["x"].get(), "label": state["label"].upper()}
