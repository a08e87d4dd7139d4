# expect: writes=yes reads=no risk=low approval=yes
# why: epics.Motor.StopNow() writes the STOP field (only stop/move/tweak/set_position/put are known)
from epics import Motor
m = Motor("BL1:SAMPLE:X")
m.StopNow()
results = {}
