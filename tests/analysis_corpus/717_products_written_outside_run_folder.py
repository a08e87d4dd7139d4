# expect: writes=no reads=no risk=medium approval=yes
# why: data products (savefig, to_csv, np.save, ...) are the run's output while they land in the run folder, but a path written out as absolute, from home (~, expanduser) or climbing out (..) leaves it: now file_write (round 17)
import os
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([1, 2, 3])
fig.savefig("/tmp/vertical_orbit.png")
pd.DataFrame({"x": [1.0]}).to_csv(os.path.expanduser("~/shift_reports_rf.csv"))
np.save("/tmp/charge_profile.npy", np.arange(3))
results = {}
