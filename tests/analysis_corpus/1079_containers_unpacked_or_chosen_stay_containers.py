# expect: writes=no reads=yes risk=low approval=no
# why: lists made by unpacking a display (`good, bad = [], []`, `self.on, self.off = [], []`), chosen by a conditional (`(good if ok else bad).append(dev)`) or defaulted (`found = found or []`) are lists; a module name spelled like a function's local is another name (red-team round 34: their `append` were Tango commands)
import tango


class Survey:
    def __init__(self):
        self.online, self.offline = [], []

    def add(self, dev):
        if dev.ping() > 0:
            self.online.append(dev)
        else:
            self.offline.append(dev)


def split(devices):
    good, bad = [], []
    for dev in devices:
        (good if dev.state() == "ON" else bad).append(dev)
    return good, bad


devices = [tango.DeviceProxy(n) for n in ["sr/ps/q1", "sr/ps/q2"]]
survey = Survey()
found = None
for dev in devices:
    survey.add(dev)
    found = found or []
    found.append(dev)
good, bad = split(devices)
results = {"on": len(survey.online), "found": len(found), "good": len(good)}
