# expect: writes=yes reads=no risk=low approval=yes
# why: the running script is `__main__`: `__main__.dev`, `from __main__ import setpv as w` and `sys.modules['__main__'].dev` are its own globals, a device and an alias of `caput` (red-team round 31; missed before)
import sys
import __main__
import tango
from epics import caput as setpv
dev = tango.DeviceProxy("sr/ps/q1")
def trim():
    __main__.dev.write_attribute("Current", 0.0)
trim()
from __main__ import setpv as w
w("SR:C01:HCM:SP", 0.1)
sys.modules["__main__"].dev.Off()
