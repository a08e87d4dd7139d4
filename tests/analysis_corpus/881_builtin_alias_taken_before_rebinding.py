# expect: writes=yes reads=no risk=low approval=yes
# why: a module name read before the code rebinds it is still the builtin: `_g = getattr` above `getattr = None` reaches `put` (red-team round 22)
from epics import PV
_g = getattr
getattr = None
_g(PV('A'), 'put')(1)
