# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: sorted(key=lambda) + itertools.groupby(key=sector helper) + read helper + statistics.mean in the loop: reported as "control-system object passed to builtins.float.pvname" (unverified write)
import itertools
import statistics
import epics

def read_value(pv, default=float("nan")):
    v = pv.get(timeout=1.0)
    return default if v is None else v

names = sorted(f"SR:C{c:02d}:BPM{i}:X" for c in range(1, 6) for i in range(1, 5))
pvs = {n: epics.PV(n) for n in names}
ordered = sorted(pvs.values(), key=lambda p: p.pvname)

def sector(pv):
    return pv.pvname.split(":")[1]

for sec, group in itertools.groupby(ordered, key=sector):
    vals = [read_value(p) for p in group]
    print(sec, statistics.mean(vals), statistics.pstdev(vals), statistics.median(vals))
