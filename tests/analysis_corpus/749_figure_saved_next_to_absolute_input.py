# expect: writes=no reads=no risk=medium approval=yes
# why: src.with_suffix('.png') of an absolute input path writes the figure next to the input file in /data/scans, outside the run folder (Path(src).name/.stem would stay inside) (round 18)
import h5py
import matplotlib.pyplot as plt
from pathlib import Path

src = Path("/data/scans/scan_0042.h5")
with h5py.File(src, "r") as f:
    y = f["signal"][:]
fig, ax = plt.subplots()
ax.plot(y)
fig.savefig(src.with_suffix(".png"))
results = {}
