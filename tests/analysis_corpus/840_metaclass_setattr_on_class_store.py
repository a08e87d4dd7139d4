# expect: writes=yes reads=no risk=low approval=yes
# why: assigning an attribute on a class runs its metaclass's `__setattr__` with the value; one that forwards the value to a PV is a write (round 21)
import epics

SETPOINT = epics.PV("SR:MAG1:SP")


class Forwarding(type):
    def __setattr__(cls, name, value):
        if name == "gain":
            SETPOINT.put(value)
        super().__setattr__(name, value)


class Settings(metaclass=Forwarding):
    gain = 1.0


Settings.gain = 2.0
