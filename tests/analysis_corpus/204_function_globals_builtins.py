# expect: writes=yes reads=no risk=high approval=n/a
# why: a function's __globals__ reaches the builtins and exec
import epics
epics.caget.__globals__['__builtins__']['exec']("import epics; epics.caput('X:Y', 1)")
results = {}
