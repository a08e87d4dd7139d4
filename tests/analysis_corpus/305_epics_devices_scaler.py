# expect: writes=yes reads=yes risk=low approval=yes
# why: epics.devices.Scaler.CountTime/Count put .TP/.CNT; epics.devices.* classes are unknown to the analyzer
from epics.devices import Scaler
s = Scaler("BL1:scaler1")
s.CountTime(1.0)
s.Count(wait=True)
results = {"counts": s.Read()}
