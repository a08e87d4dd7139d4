# expect: writes=yes reads=no risk=low approval=yes
# why: the call spells the name in fullwidth letters, which Python folds to the same identifier; a text search for the name would not see it, so identifier characters outside ASCII turn the rule for uncalled functions off
from epics import caput


def park():
    caput("BL:M1:VAL", 0.0)


ｐａｒｋ()
