# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: PVs kept in a class's dict and read values filled into a caller's dict by a helper; nothing is written
import epics


class OrbitReader:
    def __init__(self, names):
        self.pvs = {}
        for name in names:
            self.pvs[name] = epics.PV(name)

    def snapshot(self, into):
        for name, pv in self.pvs.items():
            into[name] = pv.get(timeout=2.0)
        return into


def summarise(values, out):
    out["mean"] = sum(values) / len(values)
    out.setdefault("count", len(values))


reader = OrbitReader([f"SR:BPM{i}:X" for i in range(4)])
readings = {}
reader.snapshot(readings)
summary = {}
summarise(list(readings.values()), summary)
ordered = list(readings.values()).__reversed__()
results = {"readings": readings, "summary": summary, "last": next(ordered)}
