# expect: writes=yes reads=no risk=low approval=yes
# why: idlelib.calltip.get_entity evaluates its string in the script's namespace: eval by another name calls the helper nothing names (red-team round 42, helper E)
from idlelib.calltip import get_entity

from epics import caput


def park():
    caput("BL:M1:VAL", 0.0)


get_entity("pa" "rk()")
