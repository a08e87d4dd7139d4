# expect: writes=yes reads=no risk=low approval=yes
# why: a container's lookup taken as a value and mapped over names (`map(correctors.get, names)`, `map(devs.__getitem__, idx)`): calling it gives the container's PVs and devices, so `.value =` and `write_attribute` on them write (red-team round 31; read before as the PV's own `get`, a read)
import epics
import tango
correctors = {f"SR:C{i:02d}:HCM": epics.PV(f"SR:C{i:02d}:HCM:SP") for i in range(1, 4)}
selected = ["SR:C01:HCM", "SR:C03:HCM"]
for pv in map(correctors.get, selected):
    pv.value = 0.0
supplies = [tango.DeviceProxy("sr/ps/q1"), tango.DeviceProxy("sr/ps/q2")]
for ps in map(supplies.__getitem__, [0, 1]):
    ps.write_attribute("Current", 0.0)
