# expect: writes=yes reads=no risk=low approval=yes
# why: Fast shutter via EpicsSignalNoValidation (skips the readback check). (red-team round 7)
from ophyd.signal import EpicsSignalNoValidation

shutter = EpicsSignalNoValidation('XF:23ID1-PPS{PSh}Cmd:Opn-Cmd', name='shutter')
shutter.set(1)
results = {}
