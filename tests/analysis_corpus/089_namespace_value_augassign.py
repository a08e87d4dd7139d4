# expect: writes=no reads=no risk=low approval=no
# why: `.value += 1` on a SimpleNamespace
import types
ns = types.SimpleNamespace(value=0)
ns.value += 1
results = {'v': ns.value}
