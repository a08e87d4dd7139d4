# expect: writes=no reads=no risk=high approval=n/a
# why: sympy parses text by handing it to `eval`: a formula read from a file runs as Python code (round 19)
import json

import sympy

with open("calibration.json") as f:
    formula = json.load(f)["formula"]
x = sympy.Symbol("x")
expr = sympy.sympify(formula)
results = {"gain": float(expr.subs(x, 2.0))}
