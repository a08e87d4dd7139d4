# expect: writes=yes reads=no risk=low approval=yes
# why: write set on an instance for print(file=), and a call slot set on a class after it is made (red-team round 45, helper I)
import epics
class Sink:
    def __init__(self):
        self.write = epics.PV("SR:C1:HCM1").put
print(1.5, file=Sink(), end="")
class Later:
    pass
Later.__call__ = epics.PV("SR:C1:HCM2").put
Later()(2.5)
