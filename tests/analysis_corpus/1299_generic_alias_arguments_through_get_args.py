# expect: writes=yes reads=no risk=low approval=yes
# why: the arguments of a generic alias come back from typing's argument lookup (red-team round 45, helper I)
import typing, epics
pv = epics.PV("SR:C1:HCM1")
typing.get_args(list[pv])[0].put(1.5)
