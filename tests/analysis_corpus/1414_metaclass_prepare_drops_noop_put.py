# expect: writes=yes reads=no risk=low approval=yes
# why: a metaclass's __prepare__ namespace drops the class body's no-op put, so epics.PV.put runs (round 47, helper U)
import epics
class NoPut(dict):
    def __setitem__(self, key, value):
        if key != "put":
            dict.__setitem__(self, key, value)
class Live(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoPut()
class Channel(epics.PV, metaclass=Live):
    def put(self, *args, **kwargs):
        return None
ch = Channel("SR:BPM:GAIN")
ch.put(1.5)
results = {"pv": ch.pvname}
