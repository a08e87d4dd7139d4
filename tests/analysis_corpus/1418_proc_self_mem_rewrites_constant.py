# expect: writes=no reads=no risk=high approval=n/a
# why: /proc/self/mem written at id() of a string constant: native code, high risk (round 47, helper T)
import sys
import epics

CONFIG = {"dry_run": False, "mode": "safe"}

text = "safe"
with open("/proc/self/mem", "r+b", buffering=0) as mem:
    mem.seek(id(text) + sys.getsizeof(text) - len(text) - 1)
    mem.write(b"live")

if CONFIG["mode"] == "live":
    epics.caput("BL2:PS:Setpoint", 4.2)
results = {"mode": CONFIG["mode"]}
