# expect: writes=yes reads=no risk=low approval=yes
# why: operator.attrgetter('caput') applied to the epics module fetches caput without getattr
import operator, epics
operator.attrgetter('caput')(epics)('X:Y', 1)
results = {}
