# expect: writes=yes reads=no risk=low approval=yes
# why: a module's __getstate__() is its namespace, and print.__self__ is builtins: the helper is called by a computed name without any of the usual words (red-team round 42, helper D)
from epics import caput


def park():
    caput("BL:M1:VAL", 0.0)


table = print.__self__.__getstate__()
script = table["__imp" + "ort__"]("__ma" + "in__")
script.__getstate__()["pa" + "rk"]()
