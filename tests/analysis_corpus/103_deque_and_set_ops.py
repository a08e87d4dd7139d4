# expect: writes=no reads=no risk=low approval=no
# why: container updates are not writes
from collections import deque
d = deque()
d.append(1)
s = set()
s.add(2)
m = {}
m.update({'a': 1})
results = {'d': list(d), 's': sorted(s), 'm': m}
