# expect: writes=no reads=yes risk=low approval=no
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
from __future__ import annotations
import tango
from dataclasses import dataclass

@dataclass
class PSStatus:
    name: str
    state: str
    current: float
    setpoint: float
    unit: str

class PowerSupplyMonitor:
    def __init__(self, names: list[str]):
        self.proxies = {n: tango.DeviceProxy(n) for n in names}

    def snapshot(self) -> list[PSStatus]:
        out = []
        for n, p in self.proxies.items():
            unit = p.attribute_query("Current").unit
            out.append(PSStatus(n, str(p.state()), p.read_attribute("Current").value, p.read_attribute("CurrentSetpoint").value, unit))
        return out

mon = PowerSupplyMonitor(["sr/ps/qf1", "sr/ps/qd1"])
snap = mon.snapshot()
results = {"ps": [s.__class__.__name__ for s in snap], "currents": {s.name: s.current for s in snap}}
