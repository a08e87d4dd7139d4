# expect: writes=no reads=yes risk=low approval=no
# why: indexing a plain dict (not a `defaultdict`) with a device stores nothing, and a `csv.writer` row only formats its values; the guard for 1088-1089
import csv
import io

import tango

counts = {}
device = tango.DeviceProxy("sr/ps/qf1")
counts[device] = counts.get(device, 0) + 1
buffer = io.StringIO()
writer = csv.writer(buffer)
for dev, n in counts.items():
    writer.writerow([dev.dev_name(), n, dev.state()])
results = {"csv": buffer.getvalue()}
