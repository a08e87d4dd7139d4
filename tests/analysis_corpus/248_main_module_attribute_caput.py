# expect: writes=yes reads=no risk=high approval=n/a
# why: __main__.w = epics.caput binds a global through the main module (high risk); since round 45 the write callable stored on a module is also an unverified write, and the run does write
import __main__
import epics
__main__.w = epics.caput
w('X:Y', 1)
results = {}
