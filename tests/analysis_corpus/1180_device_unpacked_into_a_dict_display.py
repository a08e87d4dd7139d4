# expect: writes=yes reads=yes risk=low approval=yes
# why: unpacking a Tango device into a dict display ({**dev}) calls its keys(), a command; so does writing such a row with csv.DictWriter (red-team round 40, helper Z)
import csv
import io
import tango
dev = tango.DeviceProxy("sr/ps/1")
try:
    snapshot = {**dev}
except TypeError:
    snapshot = {}
w = csv.DictWriter(io.StringIO(), fieldnames=["Current"], extrasaction="ignore")
try:
    w.writerow({**dev})
except TypeError:
    pass
results = {"n": len(snapshot)}
