# expect: writes=no reads=yes risk=low approval=no
# why: only apply = False reaches the if (the True is bound after it), so the write cannot run; the script uses pyexec_runtime, whose name no longer turns the statement-order rules off (it held the word exec; round 42)
from pyexec_runtime import read_channel, write_channel

apply = False
v = read_channel("SR:SF:Current:SP")
if apply:
    write_channel("SR:SF:Current:SP", 180.5)
apply = True
results = {"v": v, "apply": apply}
