# expect: writes=yes reads=no risk=low approval=yes
# why: `class zip(zip)` with its own `__next__` is not the builtin: positions are not kept apart, and the swapped pair puts the PV second (red-team round 22)
from epics import PV
import queue
q = queue.Queue()
class zip(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a
for dev, acc in zip([PV('A')], [q]):
    acc.put(1)
