# expect: writes=no reads=yes risk=low approval=no
# why: printing a reading to stderr, to a StringIO or through a logger, and json.dump to a StringIO, only read (round 16)
import io
import json
import logging
import sys
import epics
import tango
pv = epics.PV("SR:DCCT:CURRENT")
dev = tango.DeviceProxy("sr/ps/qf1")
buffer = io.StringIO()
print(pv.get(), file=sys.stderr)
print(dev.read_attribute("Current").value, file=buffer)
json.dump({"current": pv.get()}, buffer)
logging.getLogger("x").addHandler(logging.StreamHandler(sys.stdout))
results = {"text": buffer.getvalue()}
