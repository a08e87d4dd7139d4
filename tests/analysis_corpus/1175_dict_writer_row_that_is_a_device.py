# expect: writes=yes reads=no risk=low approval=yes
# why: guard for 1174: a device handed to DictWriter.writerow as the row itself gets keys() and get() called, Tango commands
import csv, io
import tango
rows = [tango.DeviceProxy("a/b/1"), tango.DeviceProxy("a/b/2")]
w = csv.DictWriter(io.StringIO(), fieldnames=["Current"], extrasaction="ignore")
for row in rows:
    w.writerow(row)
results = {}
