# expect: writes=no reads=no risk=low approval=no
# why: false risk: open(os.devnull, 'w') to silence a library writes no file (round 15)
import contextlib
import os
with open(os.devnull, 'w') as fnull, contextlib.redirect_stdout(fnull):
    print('noisy library output')
results = {}
