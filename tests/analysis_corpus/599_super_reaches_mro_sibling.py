# expect: writes=yes reads=no risk=low approval=yes
# why: a mixin's super().target() runs the sibling class's method in the subclass's MRO (round 14)
import epics
class Channel:
    def target(self):
        return None
class Logged(Channel):
    def target(self):
        return super().target()          # at run time: Hardware.target
class Hardware(Channel):
    def target(self):
        return epics.PV("SR:QF1:CURRENT_SP")
class Quad(Logged, Hardware):
    pass
Quad().target().value = 1.0
results = {}
