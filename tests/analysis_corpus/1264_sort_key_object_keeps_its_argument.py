# expect: writes=yes reads=no risk=low approval=yes
# why: a comparison-key object keeps its argument as an attribute (round 43, helper C)
import functools
import epics

k = functools.cmp_to_key(lambda a, b: 0)(epics.PV('SR:K'))
k.obj.put(1)
