# expect: writes=yes reads=yes risk=low approval=yes
# why: a device passed in a logging call's extra= becomes an attribute of the record, and a local handler's emit runs a command on record.device (left by round 16, now followed)
import logging
import tango


class ResetOnAlarm(logging.Handler):
    def emit(self, record):
        if record.levelno >= logging.ERROR:
            record.device.Reset()


log = logging.getLogger("rf")
log.addHandler(ResetOnAlarm())
cavity = tango.DeviceProxy("sr/rf/cavity1")
if cavity.read_attribute("Voltage").value > 2.5:
    log.error("cavity voltage high", extra={"device": cavity})
results = {"checked": True}
