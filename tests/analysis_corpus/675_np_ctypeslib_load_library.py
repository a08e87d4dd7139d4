# expect: writes=no reads=no risk=high approval=n/a
# why: numpy.ctypeslib.load_library loads a native library (ctypes.CDLL) and calls system (round 15)
import numpy as np
libc = np.ctypeslib.load_library('libc.so.6', '/lib/x86_64-linux-gnu')
libc.system(b'true')
results = {}
