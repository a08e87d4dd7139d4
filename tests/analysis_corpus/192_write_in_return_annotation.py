# expect: writes=yes reads=no risk=low approval=yes
# why: a caput in a return annotation runs when the def runs; annotations are code
import epics
def f() -> epics.caput('X:Y', 1): pass
results = {}
