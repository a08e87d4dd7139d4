# expect: writes=yes reads=no risk=low approval=yes
# why: a PV kept in a collections.deque and put after popleft
import epics, collections
q = collections.deque([epics.PV('X:Y')])
q.popleft().put(1)
results = {}
