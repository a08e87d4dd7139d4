# expect: writes=no reads=no risk=low approval=no
# why: an enum whose `_generate_next_value_` makes queues; `.put` on a member's queue is not a control-system write
from enum import Enum, auto
import queue
class Lane(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return [queue.Queue()]
    FAST = auto()
    SLOW = auto()
for q in Lane.FAST.value:
    q.put("tick")
results = {"lanes": [lane.name for lane in Lane]}
