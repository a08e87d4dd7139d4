# expect: writes=no reads=yes risk=low approval=no
# why: the guard for 1296-1298: a device logged, a logger used, a caught exception's text and a class attribute holding a device only read
import logging, tango
dev = tango.DeviceProxy("sr/ps/qf1")
logging.info("checking %s", dev)
log = logging.getLogger("ramp")
log.info("state %s", dev.state())
try:
    raise RuntimeError("not ready")
except RuntimeError as e:
    print(str(e).upper())
class Panel:
    label = "QF1"
    dev = dev
print(Panel.label.lower(), Panel.dev.status())
