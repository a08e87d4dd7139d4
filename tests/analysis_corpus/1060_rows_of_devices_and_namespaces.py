# expect: writes=no reads=yes risk=low approval=no
# why: `rows.append([dev, SimpleNamespace(...)])` on a list made here is the list's own `append`, not the namespace's or the device's (red-team round 33; an unverified write "passed to `types.SimpleNamespace.append`" before)
import types
import epics
import tango
rows = []
for n in ["SR:Q1:I", "SR:Q2:I"]:
    rows.append([epics.PV(n), types.SimpleNamespace(name=n, value=None)])
stations = []
for n in ["sr/ps/q1", "sr/ps/q2"]:
    stations.append([tango.DeviceProxy(n), types.SimpleNamespace(state=None)])
results = {"values": [pv.get() for pv, _ in rows], "n": len(stations)}
