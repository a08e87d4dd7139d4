# expect: writes=yes reads=yes risk=low approval=yes
# why: the guard for 1365: a class-level annotation runs when the class is defined and writes
import epics

class Settings:
    voltage = 1.2
    ramp_enable: epics.caput("SR:RF:RAMP:ENABLE", 1)
    comment = "RF settings"

results = {"voltage": epics.caget("SR:RF:VOLT:RB")}
