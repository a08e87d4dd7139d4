# expect: writes=no reads=no risk=medium approval=yes
# why: opened for writing in the run folder, the data openers are file writes as `open(path, 'w')` is (HDFStore appends by default; round 19)
import pandas as pd

store = pd.HDFStore("orbit_store.h5")
store.put("orbit", pd.DataFrame({"x": [0.1, 0.2]}))
store.close()
results = {"file": "orbit_store.h5"}
