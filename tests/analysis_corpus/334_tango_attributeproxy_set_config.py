# expect: writes=yes reads=yes risk=low approval=yes
# why: AttributeProxy.set_config forwards to DeviceProxy.set_attribute_config (a write); only write/write_asynch/write_read/put_property are in the table
import tango

ap = tango.AttributeProxy("sr/ps/q1/current")
cfg = ap.get_config()
cfg.max_value = "200"
ap.set_config(cfg)
