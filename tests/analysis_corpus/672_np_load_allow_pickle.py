# expect: writes=no reads=no risk=high approval=n/a
# why: np.load(..., allow_pickle=True) unpickles object arrays (os.system from the file) (round 15)
import numpy as np
data = np.load('evil.npy', allow_pickle=True)
results = {}
