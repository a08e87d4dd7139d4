# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: dict.fromkeys(pvs, 0) to count readings per PV is reported as "control-system object passed to builtins.dict.fromkeys" (unverified write)
import epics

pvs = [epics.PV(n) for n in ["SR:C01:BPM1:X", "SR:C01:BPM2:X"]]
invalid = dict.fromkeys(pvs, 0)
for _ in range(10):
    for pv in pvs:
        if pv.get() is None:
            invalid[pv] += 1
print({pv.pvname: n for pv, n in invalid.items()})
