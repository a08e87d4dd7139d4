# expect: writes=yes reads=yes risk=low approval=yes
# why: a device appended through a conditional receiver is in both lists (guard for round 34's conditional receivers)
import tango

good = []
bad = []
dev = tango.DeviceProxy("sr/ps/q1")
(good if dev.state() == "ON" else bad).append(dev)
for d in good + bad:
    d.Reset()
results = {}
