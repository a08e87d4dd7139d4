# expect: writes=yes reads=yes risk=low approval=yes
# why: a dataclass's generated `__init__` gives each argument to its field, by position or keyword: `b.sink` is a queue, `a.pv` a PV that is written (round 22)
import queue
from dataclasses import dataclass
from epics import PV
@dataclass
class Channel:
    sink: queue.Queue
    pv: PV
    gain: float = 1.0
a = Channel(queue.Queue(), PV("SR:COR1"))
b = Channel(pv=PV("SR:COR2"), sink=queue.Queue())
b.sink.put(b.pv.get())
a.pv.put(a.gain)
