# expect: writes=no reads=no risk=high approval=n/a
# why: __main__.w = epics.caput binds a global through the main module
import __main__
import epics
__main__.w = epics.caput
w('X:Y', 1)
results = {}
