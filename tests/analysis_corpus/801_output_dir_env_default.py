# expect: writes=no reads=no risk=medium approval=yes
# why: os.environ.get / os.getenv with an absolute default gives a folder outside the run folder (the environment rarely sets it), not reported (round 19)
import os

import numpy as np

out = os.environ.get("OUTPUT_DIR", "/data/shared/orbit")
np.save(os.path.join(out, "orbit.npy"), np.zeros(3))
results = {"saved": True}
