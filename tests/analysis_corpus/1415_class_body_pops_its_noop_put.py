# expect: writes=yes reads=no risk=low approval=yes
# why: a class body pops its own no-op put from locals(): epics.PV.put runs (round 47, helper U)
import epics
class Channel(epics.PV):
    def put(self, *args, **kwargs):
        return None
    locals().pop("put")
ch = Channel("SR:FB:GAIN")
ch.put(0.3)
results = {"pv": ch.pvname}
