# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: wrapping a PV list in tqdm() for a progress bar counts as handing PVs to an unknown library (unverified write)
import epics
from tqdm import tqdm

pvs = [epics.PV("BPM%d:X" % i) for i in range(10)]
orbit = [p.get() for p in tqdm(pvs, desc="reading BPMs")]
print(orbit)
