# expect: writes=no reads=yes risk=low approval=no
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import epics

class Gauge:
    __slots__ = ("name", "_pv", "limit")
    def __init__(self, name: str, limit: float):
        self.name = name
        self._pv = epics.PV(f"SR:VAC:{name}:PRES")
        self.limit = limit
    @property
    def pressure(self) -> float:
        return self._pv.get()
    @property
    def ok(self) -> bool:
        return self.pressure < self.limit

gs = [Gauge(f"IG{i:02d}", 5e-9) for i in range(1, 4)]
results = {g.name: {"p": g.pressure, "ok": g.ok} for g in gs}
