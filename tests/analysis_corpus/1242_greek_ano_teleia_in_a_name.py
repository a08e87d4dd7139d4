# expect: writes=yes reads=no risk=low approval=yes
# why: GREEK ANO TELEIA folds to MIDDLE DOT inside a name: any character outside ASCII in a name switches the text rules off (red-team round 43, helper B)
from epics import caput


def cancel·lar():
    caput("BL:SCAN:ABORT", 1)


cancel·lar()
