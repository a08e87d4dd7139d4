# expect: writes=no reads=no risk=high approval=n/a
# why: globals()['w'] = epics.caput binds a name the walk cannot see; w(...) is then a caput
import epics
globals()['w'] = epics.caput
w('X:Y', 1)
results = {}
