# expect: writes=yes reads=no risk=high approval=n/a
# why: a `__setattr__` hook that replaces the value before storing it under the name it was given (`value = epics.PV(...)`) stores a control-system object under a computed name: not handed on unchanged, so still reflection (round 21)
import epics


class AutoChannel:
    def __setattr__(self, name, value):
        if name.endswith("_pv"):
            value = epics.PV(value)
        object.__setattr__(self, name, value)


c = AutoChannel()
c.shutter_pv = "BL01:SHUTTER"
c.shutter_pv.put(1)
