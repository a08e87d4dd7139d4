# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a container's lookup bound or mapped (`find = pvs.get`, `map(pvs.get, names)`), the PVs it gives only read (red-team round 31)
import epics
pvs = {n: epics.PV(n) for n in ["SR:DCCT", "SR:LIFETIME"]}
find = pvs.get
print(find("SR:DCCT").get())
values = [pv.get() for pv in map(pvs.get, ["SR:DCCT", "SR:LIFETIME"])]
results = {"values": values}
