# expect: writes=no reads=yes risk=low approval=no
# why: MODE = "check" bound once, compared with == "apply": the branch that writes cannot run (red-team round 42, helper A; was a false write)
from pyexec_runtime import read_channel, write_channel
MODE = "check"
v = read_channel("SR:SF:Current:SP")
if MODE == "apply":
    write_channel("SR:SF:Current:SP", 180.5)
results = {"v": v}
