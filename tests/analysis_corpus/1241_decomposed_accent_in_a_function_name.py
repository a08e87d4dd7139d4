# expect: writes=yes reads=no risk=low approval=yes
# why: a name typed with a decomposed accent is stored composed by the parser, so the raw text never spells it twice: names outside ASCII switch the uncalled-function rule off (red-team round 43, helper B)
from epics import caput


def fermé():
    caput("BL:VALVE:02:CMD", 0)


fermé()
