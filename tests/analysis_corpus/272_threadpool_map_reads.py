# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: an executor maps a reading lambda over PVs; only reads come back
from concurrent.futures import ThreadPoolExecutor
import epics

pvs = [epics.PV(f"SR:BPM{i}:X") for i in range(8)]
with ThreadPoolExecutor(max_workers=4) as ex:
    values = list(ex.map(lambda p: p.get(timeout=2.0), pvs))
results = {"values": values}
