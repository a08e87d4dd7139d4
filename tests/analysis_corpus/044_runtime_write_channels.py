# expect: writes=yes reads=no risk=low approval=yes
# why: runtime API write_channels on the module
import pyexec_runtime
pyexec_runtime.write_channels({'A:SP': 1.0, 'B:SP': 2.0})
results = {}
