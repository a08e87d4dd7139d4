# expect: writes=yes reads=yes risk=low approval=yes
# why: an Alarm keeps the PV it watches as .pv; assigning that PV's value (through a name bound to it) writes (red-team round 43, helper D)
from epics.alarm import Alarm

alarm = Alarm('SR:QF1:I', comparison='ge', trip_point=0.9)
watched = alarm.pv
watched.value = 0.25
