# expect: writes=yes reads=no risk=low approval=yes
# why: an exception's errno and a StopIteration's value are the PVs it was made with (red-team round 45, helper I)
import epics
OSError(epics.PV("SR:C1:HCM1"), "busy").errno.put(1.5)
StopIteration(epics.PV("SR:C1:HCM2")).value.put(2.5)
