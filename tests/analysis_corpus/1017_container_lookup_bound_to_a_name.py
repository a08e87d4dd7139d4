# expect: writes=yes reads=no risk=low approval=yes
# why: a container's lookup bound to a name and called later (`find = registry.get`, `next_pv = pending.popleft`), and a work list drained with `iter(todo.pop, None)`: each call gives a PV, which is written (red-team round 31)
from collections import deque
import epics
registry = {"gap": epics.PV("ID05:GAP:SP"), "taper": epics.PV("ID05:TAPER:SP")}
find = registry.get
find("gap").put(12.5)
pending = deque([epics.PV("SR:RF:PHASE:SP")])
next_pv = pending.popleft
next_pv().value = 3.0
todo = [None, epics.PV("SR:KICKER:SP")]
for pv in iter(todo.pop, None):
    pv.value = 0.0
