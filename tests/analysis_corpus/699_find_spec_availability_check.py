# expect: writes=no reads=no risk=low approval=no
# why: importlib.util.find_spec with a literal top-level name only locates the module (no module code runs), the usual optional-dependency check, yet importing importlib.util is high like importlib.metadata is not (round 16)
import importlib.util

HAVE_SCIPY = importlib.util.find_spec("scipy") is not None
results = {"scipy_available": HAVE_SCIPY}
