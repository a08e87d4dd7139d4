# expect: writes=yes reads=yes risk=low approval=yes
# why: apply is rebound to True under a test on a reading, so both bindings reach the if and the write counts (guard of the reaching-binding rule, round 42)
from pyexec_runtime import read_channel, write_channel

apply = False
v = read_channel("SR:SF:Current:SP")
if v < 200.0:
    apply = True
if apply:
    write_channel("SR:SF:Current:SP", 180.5)
results = {"v": v}
