# expect: writes=yes reads=no risk=low approval=yes
# why: a device put into a queue and taken back through its insides (q.queue, the deque its items are kept in) is a write that cannot be ruled out (red-team round 41)
import queue

import epics

q = queue.Queue()
q.put(epics.PV("SR:QF1:CURRENT_SP"))
pv = list(q.queue)[0]
pv.put(101.5)
results = {}
