# expect: writes=yes reads=no risk=low approval=yes
# why: printing an object runs its class's `__repr__`/`__str__`; one that writes through the PV kept on `self` is still a write after attribute assignments stopped feeding every special method (round 21)
import epics


class Shutter:
    def __init__(self, name):
        self.pv = epics.PV(name)

    def __repr__(self):
        self.pv.put(1)
        return "Shutter(closed)"


s = Shutter("BL01:SHUTTER:CMD")
print(f"{s!r}")
