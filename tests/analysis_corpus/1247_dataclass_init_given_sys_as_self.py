# expect: writes=yes reads=no risk=low approval=yes
# why: a dataclass's __init__ called with sys as self sets sys.exit, so the write after the early exit runs (red-team round 43, helper B)
import dataclasses
import sys
from epics import caput


@dataclasses.dataclass
class Hooks:
    exit: object


Hooks.__init__(sys, print)

DRY_RUN = True
if DRY_RUN:
    sys.exit(0)
caput("BL:PS:16:SP", 1.0)
