# expect: writes=yes reads=yes risk=low approval=yes
# why: pyexec_runtime.write_channel stored as a dataclass field default and called as
# why: self.writer(...) in a clipping setter; the request comes from read_channel
from dataclasses import dataclass
from typing import Callable

from pyexec_runtime import read_channel, write_channel


@dataclass
class Knob:
    channel: str
    lo: float
    hi: float
    writer: Callable[[str, float], None] = write_channel

    def set(self, value):
        clipped = min(max(value, self.lo), self.hi)
        self.writer(self.channel, clipped)
        return clipped


knob = Knob('LI:BC2:PHASE_SP', -30.0, -20.0)
requested = read_channel('LI:BC2:PHASE_REQ')
applied = knob.set(requested)
results = {'requested': requested, 'applied': applied}
