# expect: writes=yes reads=no risk=low approval=yes
# why: a local `__setattr__` runs for every attribute assignment with the value assigned, so a hook that writes the value it is given to a PV is a write (round 21)
import epics

TARGET = epics.PV("SR:MAG1:SP")


class Recorder:
    def __setattr__(self, name, value):
        if name == "setpoint":
            TARGET.put(value)
        object.__setattr__(self, name, value)


r = Recorder()
r.setpoint = 4.5
