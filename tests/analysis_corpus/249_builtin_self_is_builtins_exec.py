# expect: writes=yes reads=no risk=high approval=n/a
# why: print.__self__ is the builtins module, and .exec on it is exec
print.__self__.exec("import epics; epics.caput('X:Y', 1)")
results = {}
