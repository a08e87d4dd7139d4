# expect: writes=yes reads=no risk=low approval=yes
# why: the legacy PyTango module under an alias
import PyTango as PT
d = PT.DeviceProxy('sys/ps/1')
d.write_attribute('Current', 1.0)
results = {}
