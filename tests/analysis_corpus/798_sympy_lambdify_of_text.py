# expect: writes=no reads=no risk=high approval=n/a
# why: sympy.lambdify given a formula string read from a file pastes the string into generated source and exec's it: the text runs as Python when the function is called (round 19)
import json

import numpy as np
import sympy as sp

with open("calibration.json") as f:
    formula = json.load(f)["formula"]
x = sp.Symbol("x")
gain = sp.lambdify(x, formula, "numpy")
results = {"gain": float(gain(np.float64(2.0)))}
