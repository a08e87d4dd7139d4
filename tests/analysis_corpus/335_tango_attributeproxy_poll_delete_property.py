# expect: writes=yes reads=no risk=low approval=yes
# why: AttributeProxy.poll is DeviceProxy.poll_attribute and delete_property deletes attribute properties; both fall to Member::Other
import tango

ap = tango.AttributeProxy("sr/ps/q1/current")
ap.delete_property("calib")
ap.poll(1000)
