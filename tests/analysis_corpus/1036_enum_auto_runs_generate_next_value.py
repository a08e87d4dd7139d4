# expect: writes=yes reads=no risk=low approval=yes
# why: `enum.auto()` runs the enum's `_generate_next_value_` with the earlier members' values, here a PV it sets; also through a local base enum (red-team round 31; missed before)
import enum
import epics
class Base(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for earlier in last_values:
            earlier.value = 0.0
        return name
class Corrector(Base):
    H1 = epics.PV("SR:C01:HCM:SP")
    H2 = enum.auto()
