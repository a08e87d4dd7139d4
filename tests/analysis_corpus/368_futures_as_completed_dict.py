# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: the Python-docs idiom futs = {ex.submit(pv.get): pv ...}; as_completed(futs) -> PV objects are dict values passed to as_completed, flagged as an unverified write
from concurrent.futures import ThreadPoolExecutor, as_completed
import epics
names = [f"SR:C{i:02d}:T" for i in range(1, 31)]
pvs = [epics.PV(n) for n in names]
out = {}
with ThreadPoolExecutor(max_workers=8) as ex:
    futs = {ex.submit(pv.get, timeout=2.0): pv for pv in pvs}
    for fut in as_completed(futs):
        pv = futs[fut]
        out[pv.pvname] = fut.result()
hot = sorted(out.items(), key=lambda kv: kv[1] or 0, reverse=True)[:5]
print(hot)
