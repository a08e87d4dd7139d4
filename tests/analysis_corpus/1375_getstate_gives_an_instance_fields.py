# expect: writes=yes reads=no risk=low approval=yes
# why: object.__getstate__() of a plain instance gives its attributes, whose devices are written (round 46)
import tango

class Station:
    def __init__(self):
        self.q1 = tango.DeviceProxy("sr/ps/q1")
        self.q2 = tango.DeviceProxy("sr/ps/q2")

saved = {"q1": 120.0, "q2": 118.5}
station = Station()
snapshot = station.__getstate__()
for name, dev in snapshot.items():
    dev.write_attribute("Current", saved[name])
results = {"restored": sorted(snapshot)}
