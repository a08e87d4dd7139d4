# expect: writes=yes reads=no risk=low approval=yes
# why: getter = attrgetter('put'); getter(pv)(1)
import operator, epics
getter = operator.attrgetter('put')
getter(epics.PV('A'))(1)
