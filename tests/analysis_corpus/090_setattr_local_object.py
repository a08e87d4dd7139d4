# expect: writes=no reads=no risk=low approval=no
# why: setattr on a local object
import types
obj = types.SimpleNamespace()
setattr(obj, 'value', 3)
results = {'v': obj.value}
