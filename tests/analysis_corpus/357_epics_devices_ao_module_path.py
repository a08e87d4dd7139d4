# expect: writes=yes reads=no risk=low approval=yes
# why: same gap through the module path epics.devices.ao(...) and setattr on the record device
import epics.devices

for name, amps in {"SR:PS:Q1:I": 2.5, "SR:PS:Q2:I": -1.2}.items():
    rec = epics.devices.ao(name)
    setattr(rec, "VAL", amps)
