# expect: writes=no reads=no risk=high approval=n/a
# why: operator.attrgetter(name)(os) with a computed name (round 13)
import operator
import os
name = ''.join(['sys', 'tem'])
operator.attrgetter(name)(os)('true')
results = {}
