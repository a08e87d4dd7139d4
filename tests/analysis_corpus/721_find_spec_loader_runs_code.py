# expect: writes=no reads=no risk=high approval=n/a
# why: find_spec of a literal top-level name only locates a module, but the spec's loader (spec.loader.load_module(), type(spec.loader)(name, path)) runs module code from any file: taking .loader is now high (round 17)
import importlib.util

spec = importlib.util.find_spec("this")
mod = spec.loader.load_module("this")
Loader = type(importlib.util.find_spec("json").loader)
helper = Loader("helper_mod", "helper_mod.py").load_module()
results = {}
