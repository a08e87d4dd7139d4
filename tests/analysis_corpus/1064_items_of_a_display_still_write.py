# expect: writes=yes reads=no risk=low approval=yes
# why: the keys and values of a display iterated directly are still the PVs put in it (red-team round 33: the display's keys and values are now read apart, each must still write)
import epics
for name, pv in {"SR:A": epics.PV("SR:A")}.items():
    pv.put(1)
for key in {epics.PV("SR:B"): 1}:
    key.value = 2
for value in {"c": epics.PV("SR:C")}.values():
    value.put(3)
results = {}
