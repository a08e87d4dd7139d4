# expect: writes=yes reads=no risk=low approval=yes
# why: a lower-case read on a DeviceProxy runs the device's Read command, as Tango matches command names without case (red-team round 45, helper J)
import tango

dmm = tango.DeviceProxy("lab/keithley/1")
value = dmm.read()
print("measured", value)
