# expect: writes=no reads=no risk=low approval=no
# why: a formula written out in the code, and numbers, are harmless forms of `sympify`/`S`/`parse_expr` (round 19)
import sympy
from sympy.parsing.sympy_parser import parse_expr

x = sympy.Symbol("x")
fit = sympy.sympify("a*exp(-x/tau) + c")
half = sympy.S(1) / 2
poly = parse_expr("3*x**2 - 2.5*x + 1e-3")
results = {"fit": str(fit), "half": str(half), "root": [str(r) for r in sympy.solve(poly, x)]}
