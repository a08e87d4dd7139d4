# expect: writes=no reads=yes risk=low approval=no
# why: DeviceProxy.pending_asynch_call(...) is a client-side query of outstanding asynchronous requests, not a device command (round 16)
import tango

dev = tango.DeviceProxy("sr/ps/qf1")
req = dev.read_attribute_asynch("Current")
outstanding = dev.pending_asynch_call(tango.asyn_req_type.POLLING)
current = dev.read_attribute_reply(req, 1000).value
results = {"current": current, "outstanding": outstanding}
