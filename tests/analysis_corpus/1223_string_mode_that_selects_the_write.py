# expect: writes=yes reads=yes risk=low approval=yes
# why: MODE = "apply" makes MODE == "check" false, so the else branch with the write runs (guard of the string-mode rule, round 42)
from pyexec_runtime import read_channel, write_channel

MODE = "apply"
v = read_channel("SR:SF:Current:SP")
if MODE == "check":
    print("check only", v)
else:
    write_channel("SR:SF:Current:SP", 180.5)
results = {"v": v}
