# expect: writes=no reads=no risk=medium approval=yes
# why: os.path.expanduser('~/x') and Path.home() are file_write when written to, but the home directory read from os.environ['HOME'] / os.environ.get('HOME') is not (round 18)
import os
import numpy as np
import pandas as pd

pd.DataFrame({"a": [1]}).to_csv(os.path.join(os.environ["HOME"], "current.csv"))
np.save(os.path.join(os.environ.get("HOME", "."), "x.npy"), np.arange(3))
results = {}
