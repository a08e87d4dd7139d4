# expect: writes=yes reads=no risk=low approval=yes
# why: a write inside a function that is only called conditionally is still a write
import epics


def emergency_stop():
    epics.caput('RF:ENABLE', 0)


if False:
    emergency_stop()
results = {}
