# expect: writes=no reads=yes risk=low approval=no
# why: a while False loop's body never runs (round 46)
import epics

readback = epics.caget("SR:FB:ORBIT:ENABLE")
while False:
    epics.caput("SR:FB:ORBIT:ENABLE", 1)
results = {"enabled": readback}
