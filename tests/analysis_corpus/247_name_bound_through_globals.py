# expect: writes=yes reads=no risk=high approval=n/a
# why: globals()['w'] = epics.caput binds a name the walk cannot see; w(...) is then a caput; the write is listed, unverified (round 23)
import epics
globals()['w'] = epics.caput
w('X:Y', 1)
results = {}
