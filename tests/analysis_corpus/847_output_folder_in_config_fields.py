# expect: writes=no reads=no risk=medium approval=yes
# why: an output folder kept in a dict display, a `SimpleNamespace` keyword or a dataclass default is where the product lands: `savefig`/`np.save` there write outside the run folder, a medium `file_write` (round 21)
import os
from dataclasses import dataclass
from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np

OUTPUT = {"dir": "/tmp/scan", "points": 3}
cfg = SimpleNamespace(out_dir="/data/scans", points=10)


@dataclass
class ScanConfig:
    folder: str = "~/scan_results"


fig, ax = plt.subplots()
ax.plot(np.arange(OUTPUT["points"]))
fig.savefig(os.path.join(OUTPUT["dir"], "orbit.png"))
np.save(f"{cfg.out_dir}/orbit.npy", np.zeros(cfg.points))
np.save(os.path.join(ScanConfig().folder, "orbit.npy"), np.zeros(3))
