# expect: writes=yes reads=no risk=low approval=yes
# why: Knob descriptors carry the writer function; unpacked with astuple. (red-team round 7)
from dataclasses import dataclass, astuple
from typing import Callable
from pyexec_runtime import write_channel

@dataclass
class Knob:
    channel: str
    value: float
    apply: Callable = write_channel

for k in [Knob('SR:QF1:CURRENT_SP', 101.5), Knob('SR:QD1:CURRENT_SP', -88.0)]:
    channel, value, apply = astuple(k)
    apply(channel, value)
results = {}
