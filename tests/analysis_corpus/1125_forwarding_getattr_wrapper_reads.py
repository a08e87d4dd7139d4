# expect: writes=no reads=yes risk=low approval=no
# why: a wrapper whose __getattr__ only hands a missing attribute to the PV it wraps (guards that raise, then `return getattr(self._pv, name)`) is followed attribute by attribute: `w.get()` is the PV's read. Before, the wrapper's computed `getattr` made every script using it fail as high risk (red-team round 38)
import epics


class Channel:
    """Read access to one PV, with the PV's own attributes passed through."""

    def __init__(self, name):
        self._pv = epics.PV(name)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._pv, name)


beam = Channel("SR:DCCT:CURRENT")
results = {"current": beam.get(), "units": beam.units}
