# expect: writes=yes reads=no risk=low approval=yes
# why: pyepics ships lowercase record classes epics.devices.ai/ao/bi/bo (Device subclasses, ao = ao.ao in devices/__init__.py); capitalised devices (Scaler, Mca, ...) are modelled as Device but the lowercase ones are not, so `ps.VAL = 2.5` (Device.__setattr__ -> PV.put) is invisible
from epics.devices import ao, bo

ps = ao("SR:PS:Q1:I")
ps.DRVH = 10.0
ps.VAL = 2.5
interlock = bo("SR:PS:Q1:ENABLE")
interlock.VAL = 1
