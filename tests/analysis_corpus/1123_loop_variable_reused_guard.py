# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1122: after the loop (or its `else`), after an inner loop that binds the name again, or where the body rebinds it, the name may be any of its loops' items
import tango

rows = [{"a": 1}]
devices = [tango.DeviceProxy("sr/ps/q1")]
for p in rows:
    for p in devices:
        pass
    p.On()
for p in devices:
    break
for p in []:
    pass
else:
    p.Reset()
for p in rows:
    if p:
        p = devices[0]
    p.Standby()
