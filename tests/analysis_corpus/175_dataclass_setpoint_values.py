# expect: writes=no reads=no risk=low approval=no
# why: a frozen-free dataclass `Setpoint(pv, value)` scaled in a loop with
# why: `sp.value *= k`, plus dataclasses.replace; only the field names look like PVs
from dataclasses import dataclass, replace, asdict


@dataclass
class Setpoint:
    pv: str
    value: float
    unit: str = 'A'


def scale_energy(setpoints, old_gev, new_gev):
    ratio = new_gev / old_gev
    for sp in setpoints:
        sp.value *= ratio
    return setpoints


lattice = [
    Setpoint('SR:QF1:I_SP', 101.5),
    Setpoint('SR:QD1:I_SP', 98.2),
    Setpoint('SR:B1:I_SP', 650.0),
]
scaled = scale_energy(lattice, 3.0, 2.9)
reference = replace(scaled[0], value=100.0)
results = {'scaled': [asdict(s) for s in scaled], 'reference': asdict(reference)}
