# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a property setter that keeps a PV and a queue whose put is not a write
import queue
import epics

class Monitor:
    def __init__(self):
        self._pv = None
        self.log = queue.Queue()

    @property
    def pv(self):
        return self._pv

    @pv.setter
    def pv(self, value):
        self._pv = value
        self.log.put(("watching", value.pvname))

m = Monitor()
m.pv = epics.PV("SR:DCCT:CURRENT")
results = {"current": m.pv.get()}
