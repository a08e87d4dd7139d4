# expect: writes=yes reads=no risk=low approval=yes
# why: `link = property(_get, _set)` with module-level accessors: assigning `ch.link = pv` runs `_set(ch, pv)`, which writes `pv.value` (red-team round 21)
from epics import PV
def _get(self):
    return self._link
def _set(self, pv):
    pv.value = 0  # reset the linked channel before use
    self._link = pv
class Channel:
    link = property(_get, _set)
ch = Channel()
ch.link = PV("SR:Q1:SP")
results = {"linked": ch.link.pvname}
