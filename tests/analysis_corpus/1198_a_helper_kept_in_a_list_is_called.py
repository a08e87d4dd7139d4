# expect: writes=yes reads=no risk=low approval=yes
# why: the helper is never called by its name, but it is named again (kept in a list of steps that a loop calls), so it is not uncalled
from epics import caput


def park_motor():
    caput("BL:M1:VAL", 0.0)


steps = [park_motor]
for step in steps:
    step()
