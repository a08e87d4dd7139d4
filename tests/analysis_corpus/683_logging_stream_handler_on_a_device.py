# expect: writes=yes reads=no risk=low approval=yes
# why: a StreamHandler writes every record with stream.write: on a Tango device that is its Write command (round 16)
import logging
import tango
dev = tango.DeviceProxy("sr/ps/qf1")
log = logging.getLogger("tuning")
log.addHandler(logging.StreamHandler(dev))
log.warning("On")
results = {}
