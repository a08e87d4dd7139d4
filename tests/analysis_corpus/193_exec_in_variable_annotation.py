# expect: writes=yes reads=no risk=high approval=n/a
# why: an exec in a module-level variable annotation runs at import
x: exec("import epics; epics.caput('X:Y', 1)") = 0
results = {}
