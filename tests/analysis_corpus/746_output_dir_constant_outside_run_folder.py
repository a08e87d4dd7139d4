# expect: writes=no reads=no risk=medium approval=yes
# why: the output folder is a literal absolute path, but held in a module constant (str or Path) and joined later; only a path written out at the call is checked, so savefig/np.save/to_csv/makedirs into /data or /home land outside the run folder unreported (round 18)
import os
from pathlib import Path
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

OUT_DIR = "/data/analysis/orbit"
REPORT_DIR = Path("/home/operator/shift_reports")
os.makedirs(OUT_DIR, exist_ok=True)
REPORT_DIR.mkdir(parents=True, exist_ok=True)
fig, ax = plt.subplots()
ax.plot(np.arange(10))
fig.savefig(os.path.join(OUT_DIR, "orbit.png"))
np.save(os.path.join(OUT_DIR, "orbit.npy"), np.arange(10))
pd.DataFrame({"current": [199.8, 200.1]}).to_csv(REPORT_DIR / "current_summary.csv", index=False)
results = {"saved": str(REPORT_DIR / "current_summary.csv")}
