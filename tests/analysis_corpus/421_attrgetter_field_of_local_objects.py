# expect: writes=yes reads=no risk=low approval=yes
# why: map(attrgetter('sp'), magnets) gives the PV fields of local objects, then put
from operator import attrgetter
import epics
class M:
    def __init__(self):
        self.sp = epics.PV('A')
ms = [M(), M()]
for sp in map(attrgetter('sp'), ms):
    sp.put(2)
