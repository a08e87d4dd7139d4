# expect: writes=no reads=no risk=high approval=n/a
# why: operator.methodcaller('system', cmd)(os) picks a method of os by name (round 13)
import operator
import os
operator.methodcaller('system', 'true')(os)
results = {}
