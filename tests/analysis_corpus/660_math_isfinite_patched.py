# expect: writes=yes reads=no risk=high approval=n/a
# why: math.isfinite replaced: the runtime limits check then accepts NaN (round 15)
import math
import pyexec_runtime
math.isfinite = lambda v: True
pyexec_runtime.write_channel('SR:HCM1', float('nan'))
results = {}
