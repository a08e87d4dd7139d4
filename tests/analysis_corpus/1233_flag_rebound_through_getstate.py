# expect: writes=yes reads=no risk=low approval=yes
# why: the flag is rebound through the script's own __getstate__() namespace before the test (red-team round 42, helper D)
from epics import caput

DRY_RUN = True

table = print.__self__.__getstate__()
table["__imp" + "ort__"]("__ma" + "in__").__getstate__()["DRY" + "_RUN"] = False

if DRY_RUN:
    raise SystemExit(0)
caput("BL:M1:VAL", 0.0)
