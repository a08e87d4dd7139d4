# expect: writes=no reads=no risk=high approval=n/a
# why: statsmodels' sm.load (iolib.smpickle.load_pickle) is pickle.load; numpy.lib.format.read_array(fp, allow_pickle=True) unpickles object arrays like np.load(allow_pickle=True), which is flagged; both low (round 18)
import numpy as np
import statsmodels.api as sm

res = sm.load("ols_model.pickle")
with open("arr.npy", "rb") as fh:
    a = np.lib.format.read_array(fh, allow_pickle=True)
results = {}
