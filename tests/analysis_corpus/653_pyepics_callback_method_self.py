# expect: writes=no reads=yes risk=low approval=no
# why: a bound-method PV callback: the walk binds the PV to `self`, so self.value = value looks like pv.value = ... (round 15 false alarm)
import epics
class Monitor:
    def __init__(self, name):
        self.value = None
        self.pv = epics.PV(name, callback=self.on_update)
    def on_update(self, pvname=None, value=None, **kw):
        self.value = value
results = {"current": Monitor("SR:DCCT:Current").pv.get()}
