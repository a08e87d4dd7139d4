# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a bound append collects read values, and a logging call gets a read value
import logging
import epics

log = logging.getLogger("scan")
pvs = [epics.PV(f"SR:BPM{i}:X") for i in range(4)]
values = []
add = values.append
for pv in pvs:
    add(pv.get())
log.info("read %d values, first %s", len(values), values[0])
results = {"x": values}
