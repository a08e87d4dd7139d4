# expect: writes=yes reads=no risk=low approval=yes
# why: epics.Motor.get_pv('VAL') returns the drive PV; assigning .value moves the motor
from epics import Motor
m = Motor("BL1:SAMPLE:X")
drive = m.get_pv("VAL")
drive.value = 3.0
results = {}
