# expect: writes=yes reads=no risk=low approval=yes
# why: a str subclass with a PV class attribute handed back by a quoting function (red-team round 45, helper I)
import shlex, epics
class Name(str):
    pv = epics.PV("SR:C1:HCM1")
shlex.quote(Name("HCM1")).pv.put(1.5)
