# expect: writes=yes reads=no risk=low approval=yes
# why: the call forms property(fget, fset) and field(default_factory=...) are followed: the setter writes, and the factory's PV is the instances' field (round 13)
import dataclasses
import epics


class Quad:
    def __init__(self, name):
        self._pv = epics.PV(name)

    def _get(self):
        return self._pv

    def _set(self, value):
        self._pv.put(value)

    current = property(_get, _set)


Quad("SR:QF1:CURRENT_SP").current = 3.0


@dataclasses.dataclass
class Settings:
    pvs: list = dataclasses.field(default_factory=lambda: [epics.PV("SR:QD1:CURRENT_SP")])


Settings().pvs[0].value = 1.0
results = {}
