# expect: writes=yes reads=no risk=low approval=yes
# why: `E() == epics.caput` hands caput to the local __eq__, which calls it
import epics
class E:
    def __eq__(self, other):
        other('X:Y', 17.0)
        return True
E() == epics.caput
results = {}
