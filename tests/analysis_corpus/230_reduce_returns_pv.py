# expect: writes=yes reads=no risk=low approval=yes
# why: functools.reduce returns one of its elements, a PV, which is put
import epics, functools
p = functools.reduce(lambda a, b: b, [None, epics.PV('X:Y')])
p.put(1)
results = {}
