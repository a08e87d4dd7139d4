# expect: writes=no reads=no risk=low approval=no
# why: self.current = epics_signal_r(...) in a local ophyd-async/ophyd device class's __init__ binds the device's own component, not its API; it was a high cs_monkeypatch (round 17)
from ophyd_async.core import StandardReadable
from ophyd_async.epics.core import epics_signal_r


class BeamMonitor(StandardReadable):
    def __init__(self, prefix, name=""):
        self.current = epics_signal_r(float, prefix + "CURRENT")
        super().__init__(name=name)


monitor = BeamMonitor("SR:DCCT:", name="monitor")
results = {"name": monitor.name}
