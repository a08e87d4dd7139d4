# expect: writes=no reads=no risk=low approval=no
# why: numpy.put writes into an array
import numpy as np
a = np.zeros(4)
np.put(a, [0, 2], [1.0, 2.0])
a.put([1], [3.0])
results = {'a': a.tolist()}
