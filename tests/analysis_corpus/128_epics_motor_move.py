# expect: writes=yes reads=no risk=low approval=yes
# why: epics.Motor.move drives a motor
from epics import Motor
m = Motor('XF:31IDA-OP{Tbl-Ax:X1}Mtr')
m.move(1.5, wait=True)
results = {}
