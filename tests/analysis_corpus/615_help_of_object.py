# expect: writes=no reads=yes risk=low approval=no
# why: help(obj) of an object imports nothing (round 14 false alarm)
import io
import contextlib
import tango

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    help(tango.DeviceProxy.read_attribute)
results = {"doc": buf.getvalue()[:200], "state": str(tango.DeviceProxy("sr/rf/c1").state())}
