# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1148: Python binds the first target, then runs the other targets and a module-level annotation, which read the new value: `d = d.value = PV('A')` writes the PV, `h: h.On() = DeviceProxy(...)` runs its command (red-team round 39, helper S: missed by the round's first build)
import epics
import tango
d = None
d = None
d = d.value = epics.PV("A")
h = None
h = None
h: h.On() = tango.DeviceProxy("a/b/c")
