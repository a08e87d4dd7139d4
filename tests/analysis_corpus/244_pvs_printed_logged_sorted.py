# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: PVs printed, logged, tested, counted and sorted by a lambda key only read;
# why: handing them to those keeps them visible
import logging
import epics

log = logging.getLogger(__name__)
pvs = [epics.PV(f"SR:BPM{i}:X") for i in range(4)]
print(pvs[0], len(pvs), isinstance(pvs[0], epics.PV), type(pvs[0]).__name__)
log.info("reading %d PVs: %s", len(pvs), pvs)
ordered = sorted(pvs, key=lambda p: p.pvname)
values = [p.get() for p in ordered]
results = {"values": values, "names": [repr(p) for p in pvs]}
