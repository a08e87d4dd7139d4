# expect: writes=yes reads=no risk=low approval=yes
# why: what a local base's method returns through super().channel(name) (red-team round 13)
import epics
class Base:
    def channel(self, name):
        return epics.PV(name)
class Quad(Base):
    def channel(self, name):
        return super().channel(name)
Quad().channel("SR:QF1:CURRENT_SP").put(1.0)
results = {}
