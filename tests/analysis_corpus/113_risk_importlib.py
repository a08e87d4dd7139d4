# expect: writes=no reads=no risk=high approval=n/a
# why: importlib.import_module
import importlib
math = importlib.import_module('math')
results = {'pi': math.pi}
