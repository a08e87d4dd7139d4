# expect: writes=yes reads=yes risk=low approval=yes
# why: the return sits under a test on a reading, which the walk cannot decide: the write after it may run (guard of the early-exit rule, round 42)
from epics import caget, caput


def trim(name, limit):
    value = caget(name)
    if value > limit:
        return value
    caput(name, value + 0.1)
    return value


results = {"x": trim("SR:C01:HCM:SP", 5.0)}
