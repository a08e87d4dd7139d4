# expect: writes=no reads=no risk=high approval=n/a
# why: a __reduce__ returning (epics.caput, args): copy.copy calls it
import copy, epics
class E:
    def __reduce__(self):
        return (epics.caput, ('X:Y', 1))
copy.copy(E())
results = {}
