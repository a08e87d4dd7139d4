# expect: writes=yes reads=no risk=low approval=yes
# why: `gen.throw(exc)` raises the exception inside the generator: its `except` sees the device the exception carries (red-team round 32; missed before)
from epics import PV
class Trip(Exception):
    def __init__(self, dev):
        self.dev = dev
def monitor():
    while True:
        try:
            yield
        except Trip as e:
            e.dev.value = 0
g = monitor()
next(g)
g.throw(Trip(PV("SR:RF:ON")))
