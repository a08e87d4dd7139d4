# expect: writes=no reads=yes risk=low approval=no
# why: an attribute assignment runs only `__setattr__` and a descriptor's `__set__`, so storing a PV on `self` does not hand it to `__repr__` as `self`, and `vars(self)` there is the object's own attributes, not dynamic access to the control system (round 21)
import epics


class Magnet:
    def __init__(self, name):
        self.pv = epics.PV(name)
        self.label = name

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Magnet({fields})"

    def __str__(self):
        return str(self.__dict__)


m = Magnet("SR:MAG1:I")
print(repr(m), str(m))
results = {"current": m.pv.get()}
