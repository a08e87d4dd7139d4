# expect: writes=yes reads=no risk=high approval=n/a
# why: pyexec_runtime._save(store) wrote the channel store directly, past the mode check and limits (since round 18 it checks the limits too): the runtime's internals are a finding
import pyexec_runtime
store = pyexec_runtime._load()
store["SR:QUAD01:SETPT"] = 12.5
pyexec_runtime._save(store)
results = {}
