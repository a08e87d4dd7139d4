# expect: writes=no reads=no risk=low approval=no
# why: testing or listing module names in sys.modules ("numpy" in sys.modules, sorted(sys.modules)) only reads strings and loads nothing, yet it is a high dynamic_import finding (round 16)
import sys

have_numpy = "numpy" in sys.modules
loaded = sorted(name for name in sys.modules if not name.startswith("_"))
results = {"numpy_loaded": have_numpy, "n_loaded": len(loaded)}
