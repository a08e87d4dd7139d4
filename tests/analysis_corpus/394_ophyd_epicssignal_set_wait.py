# expect: writes=yes reads=no risk=low approval=yes
# why: ophyd EpicsSignal.set(v).wait(): ophyd writes through its own API (round 6)
from ophyd import EpicsSignal

gap = EpicsSignal('ID09:GAP_RB', write_pv='ID09:GAP_SP', name='gap')
status = gap.set(14.2)
status.wait(timeout=30)
results = {}
