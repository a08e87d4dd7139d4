# expect: writes=no reads=no risk=high approval=n/a
# why: functools.partial(setattr, os) hands setattr on: what it changes cannot be seen (round 13)
import functools
import os
functools.partial(setattr, os)('getcwd', lambda: '/')
results = {}
