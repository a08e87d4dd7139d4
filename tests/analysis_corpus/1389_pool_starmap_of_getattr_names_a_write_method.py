# expect: writes=yes reads=no risk=high approval=n/a
# why: a pool's starmap of getattr over argument tuples gives a device's write method, called later (round 46, helper P)
from multiprocessing.pool import ThreadPool
import tango
dev = tango.DeviceProxy("sr/ps/1")
with ThreadPool(1) as pool:
    meths = pool.starmap(getattr, [(dev, "write_attribute")])
meths[0]("Current", 0.5)
results = {"ok": 1}
