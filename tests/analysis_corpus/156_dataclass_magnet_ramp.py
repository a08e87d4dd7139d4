# expect: writes=yes reads=yes risk=low approval=yes
# why: a dataclass creates setpoint/readback PVs in __post_init__; its ramp_to method
# why: writes `self.setpoint.value` over a numpy linspace and reads the readback
import time
from dataclasses import dataclass, field

import numpy as np
from epics import PV


@dataclass
class MagnetChannel:
    name: str
    setpoint: PV = field(init=False, repr=False)
    readback: PV = field(init=False, repr=False)

    def __post_init__(self):
        self.setpoint = PV(f'{self.name}:CURRENT_SP')
        self.readback = PV(f'{self.name}:CURRENT_RB')

    def ramp_to(self, target, steps=20, dwell=0.2):
        start = self.readback.get(timeout=2.0)
        history = []
        for value in np.linspace(start, target, steps):
            self.setpoint.value = float(value)
            time.sleep(dwell)
            history.append(self.readback.value)
        return history


quads = [MagnetChannel(n) for n in ('SR:QF1', 'SR:QD1', 'SR:QF2')]
trace = {q.name: q.ramp_to(0.0) for q in quads}
results = {'final': {name: hist[-1] for name, hist in trace.items()}}
