# expect: writes=no reads=no risk=high approval=n/a
# why: numpy.load with allow_pickle=True passed through **kwargs unpickles like the spelled-out keyword, which is flagged (evasion-ish, round 19)
import numpy as np

LOAD_OPTS = {"allow_pickle": True}
meta = np.load("scan_meta.npy", **LOAD_OPTS)
results = {"n": int(meta.size)}
