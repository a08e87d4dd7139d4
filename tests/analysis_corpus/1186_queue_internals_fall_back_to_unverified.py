# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1183: code that reaches a queue's insides (q.queue, the deque its items are kept in) is not modelled, so a device put into it stays a write that cannot be ruled out
import queue

import epics

q = queue.Queue()
q.put(epics.PV("SR:QF1:CURRENT_SP"))
pv = list(q.queue)[0]
pv.put(101.5)
results = {}
