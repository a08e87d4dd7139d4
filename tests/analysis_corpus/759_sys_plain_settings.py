# expect: writes=no reads=no risk=low approval=no
# why: assigning plain values to interpreter settings, sys.tracebacklimit = 0 and sys.dont_write_bytecode = True, was runtime_patch (high): they replace no code, like sys.argv = [...] which is allowed (round 18)
import sys

sys.tracebacklimit = 0
sys.dont_write_bytecode = True
results = {"limit": sys.tracebacklimit}
