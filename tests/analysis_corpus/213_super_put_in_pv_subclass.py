# expect: writes=yes reads=no risk=low approval=yes
# why: super().put in a subclass of epics.PV is the PV's own put
import epics
class P(epics.PV):
    def go(self):
        super().put(1)
P('X:Y').go()
results = {}
