# expect: writes=no reads=no risk=low approval=no
# why: setattr/getattr with non-literal names, but only on a local dataclass holding scan
# why: parameters (one field is a PV-name string)
from dataclasses import dataclass, fields


@dataclass
class ScanConfig:
    pv_name: str = 'SR:QF1:CURRENT_SP'
    start: float = 0.0
    stop: float = 1.0
    steps: int = 11
    dwell: float = 0.5


def with_overrides(cfg, overrides):
    for f in fields(cfg):
        if f.name in overrides:
            setattr(cfg, f.name, f.type(overrides[f.name]))
    return cfg


cfg = with_overrides(ScanConfig(), {'stop': '2.5', 'steps': '21', 'pv_name': 'SR:QD1:CURRENT_SP'})
points = [cfg.start + i * (cfg.stop - cfg.start) / (cfg.steps - 1) for i in range(cfg.steps)]
summary = {f.name: getattr(cfg, f.name) for f in fields(cfg)}
results = {'summary': summary, 'n_points': len(points)}
