# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: PVs sorted with key=operator.attrgetter('pvname'); a sort key only orders
import operator
import epics

pvs = [epics.PV(n) for n in ["SR:BPM2:X", "SR:BPM1:X"]]
ordered = sorted(pvs, key=operator.attrgetter("pvname"))
results = {"values": {p.pvname: p.get() for p in ordered}}
