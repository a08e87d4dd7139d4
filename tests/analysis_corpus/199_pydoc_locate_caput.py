# expect: writes=yes reads=no risk=high approval=n/a
# why: pydoc.locate fetches epics.caput by a dotted name in a string (round 23: the write is listed too)
import pydoc
pydoc.locate('epics.caput')('X:Y', 1)
results = {}
