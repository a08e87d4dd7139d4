# expect: writes=yes reads=yes risk=low approval=yes
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import time
import logging
from epics import PV

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)

class QuadRamp:
    """Ramp a quadrupole power supply in small steps with readback verification."""

    def __init__(self, name: str, step: float = 0.5, tol: float = 0.05):
        self.sp = PV(f"{name}:CURRENT_SP")
        self.rb = PV(f"{name}:CURRENT_RB")
        self.step = step
        self.tol = tol

    def ramp_to(self, target: float) -> list:
        start = self.rb.get()
        n = max(1, int(abs(target - start) / self.step))
        path = [start + (target - start) * (i + 1) / n for i in range(n)]
        for v in path:
            self.sp.put(v, wait=True)
            time.sleep(0.01)
        final = self.rb.get()
        if abs(final - target) > self.tol:
            log.warning("readback %.3f differs from target %.3f", final, target)
        return path

ramp = QuadRamp("SR:QF3", step=0.25)
steps = ramp.ramp_to(1.5)
results = {"steps": len(steps), "target": 1.5}
