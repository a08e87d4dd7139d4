# expect: writes=no reads=yes risk=low approval=no
# why: runtime API read_channel
from pyexec_runtime import read_channel
v = read_channel('BEAM:CURRENT')
results = {'v': v}
