# expect: writes=no reads=no risk=medium approval=yes
# why: the smallest form of 9001: fig.savefig("/tmp/x.png") is file_write, out = "/tmp/x.png"; fig.savefig(out) is not (also Path("/tmp") and np.save through names) (round 18)
import matplotlib.pyplot as plt
import numpy as np
from pathlib import Path

out = "/tmp/orbit_overview.png"
npy_out = "/tmp/orbit_overview.npy"
tmp = Path("/tmp")
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
fig.savefig(out)
fig.savefig(tmp / "orbit_overview_2.png")
np.save(npy_out, np.arange(3))
results = {}
