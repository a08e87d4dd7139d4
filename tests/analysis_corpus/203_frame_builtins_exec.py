# expect: writes=yes reads=no risk=high approval=n/a
# why: sys._getframe().f_builtins reaches exec through a frame
import sys
sys._getframe().f_builtins['exec']("import epics; epics.caput('X:Y', 1)")
results = {}
