# expect: writes=yes reads=no risk=low approval=yes
# why: ophyd Signal.value = v puts (its setter)
from ophyd import EpicsSignal

gap = EpicsSignal('ID09:GAP_RB', write_pv='ID09:GAP_SP', name='gap')
gap.value = 14.2
results = {}
