# expect: writes=no reads=no risk=medium approval=yes
# why: an absolute output folder as a helper's default parameter, an argparse default, or a config dict value reaches savefig/to_parquet/np.savez unreported (round 18)
import argparse
from pathlib import Path
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

CONFIG = {"output_dir": "/scratch/shift_data", "n_points": 100}

def save_plot(fig, name, outdir="/tmp/figures"):
    fig.savefig(f"{outdir}/{name}.png", dpi=120)

parser = argparse.ArgumentParser()
parser.add_argument("--outdir", default="/tmp/bpm_analysis")
args = parser.parse_args([])
out = Path(args.outdir)
out.mkdir(parents=True, exist_ok=True)
pd.DataFrame({"a": [1]}).to_parquet(out / "bpm.parquet")
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
save_plot(fig, "test")
np.savez(f"{CONFIG['output_dir']}/scan.npz", x=np.linspace(0, 1, CONFIG["n_points"]))
results = {}
