# expect: writes=yes reads=no risk=low approval=yes
# why: license is read before its one binding runs, so the test reads the builtin license (true) and writes; builtin names and _names are never module flags (red-team round 42, helper B)
from pyexec_runtime import write_channel

if license:
    write_channel("SR:ID03:GAP:SP", 16.0)
license = None
results = {}
