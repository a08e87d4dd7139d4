# expect: writes=no reads=no risk=low approval=no
# why: `globals()` after `from math import *` only lists names of a harmless module (round 22)
from math import *
print(sorted(globals()))
