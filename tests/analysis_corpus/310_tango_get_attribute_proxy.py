# expect: writes=yes reads=no risk=low approval=yes
# why: tango.get_attribute_proxy() factory result's .write() is missed
import tango
attr = tango.get_attribute_proxy("sr/ps/quad01/Current")
attr.write(12.5)
results = {}
