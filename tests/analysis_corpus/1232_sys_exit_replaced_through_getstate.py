# expect: writes=yes reads=no risk=low approval=yes
# why: sys.__getstate__()['exit'] = print makes sys.exit return, so the write after it runs: the early-exit rule trusts sys.exit only where nothing reaches names unseen (red-team round 42, helper D)
import sys

from epics import caput

sys.__getstate__()["exit"] = print
sys.exit("not leaving")
caput("BL:M1:VAL", 0.0)
