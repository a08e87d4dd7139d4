# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a list of pv.get() values averaged with statistics.mean; the list holds
# why: values, not PVs
import statistics
import epics
pvs = [epics.PV(n) for n in ["SR:BPM1:X", "SR:BPM2:X"]]
vals = [p.get() for p in pvs]
results = {"mean": statistics.mean(vals)}
