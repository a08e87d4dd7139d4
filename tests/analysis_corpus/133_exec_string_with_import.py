# expect: writes=yes reads=no risk=high approval=n/a
# why: exec of a string that imports and calls caput itself
exec("from epics import caput\ncaput('MAG:QF1:CURRENT_SP', 1.0)")
results = {}
