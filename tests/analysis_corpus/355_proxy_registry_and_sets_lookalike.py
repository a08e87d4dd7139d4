# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a dict filled with Tango proxies, a dict subclass of PVs, set algebra and a progress bar, all only reading
import epics
import tango
from tqdm import tqdm


class Readers(dict):
    def add(self, name):
        self[name] = epics.PV(name)


devices = {}
for name in ("sr/ps/q1", "sr/ps/q2"):
    devices[name] = tango.DeviceProxy(name)
readers = Readers()
for name in ("SR:BPM1:X", "SR:BPM2:X"):
    readers.add(name)
wanted = {"SR:BPM1:X"}.union({"SR:BPM2:X"}).difference(set())
values = {name: readers[name].get() for name in tqdm(sorted(wanted))}
states = {name: str(dev.State()) for name, dev in devices.items()}
results = {"values": values, "states": states}
