# expect: writes=no reads=yes risk=low approval=no
# why: a dataclass's generated `__init__` stores its arguments on the instance it makes, so `Message.target` (a queue) is not `Step.target` (a PV) and its `put` is a queue's (round 20)
import queue
from dataclasses import dataclass

import epics


@dataclass
class Step:
    target: epics.PV
    value: float


@dataclass
class Message:
    target: queue.Queue
    text: str


steps = [Step(epics.PV("SR:COR01:SP"), 0.5)]
for s in steps:
    s.target.get()
inbox = queue.Queue()
msg = Message(inbox, "scan started")
msg.target.put(msg.text)
results = {"queued": inbox.qsize()}
