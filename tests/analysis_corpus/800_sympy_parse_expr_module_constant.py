# expect: writes=no reads=no risk=low approval=no
# why: parse_expr/sympify of a module-level constant holding a written-out formula is as harmless as the literal itself, but fails analysis as text from data (false high, round 19)
import sympy as sp
from sympy.parsing.sympy_parser import parse_expr

MODEL = "A*exp(-t/tau) + C"
t, A, tau, C = sp.symbols("t A tau C")
expr = parse_expr(MODEL, local_dict={"t": t, "A": A, "tau": tau, "C": C})
f = sp.lambdify((t, A, tau, C), expr, "numpy")
results = {"model": sp.latex(expr), "f1": float(f(1.0, 1.0, 2.0, 0.1))}
