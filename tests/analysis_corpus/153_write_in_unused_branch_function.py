# expect: writes=no reads=no risk=low approval=no
# why: a write inside a function called only under `if False:` never runs; since round 46 a function named only in code that cannot run is uncalled, reported as a low uncalled_write finding (a deployment can raise it to ask a person); before, it counted as a write
import epics


def emergency_stop():
    epics.caput('RF:ENABLE', 0)


if False:
    emergency_stop()
results = {}
