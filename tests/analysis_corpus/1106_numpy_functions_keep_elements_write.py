# expect: writes=yes reads=no risk=low approval=yes
# why: numpy functions the walk has no model for keep an object array's elements: `np.squeeze`, `np.ndenumerate`, `np.column_stack`, `np.ma.masked_array(...).compressed()`, and `np.put` stores into the array (red-team round 37)
import numpy as np
import tango

devices = np.array([[tango.DeviceProxy("sr/ps/q1")], [tango.DeviceProxy("sr/ps/q2")]], dtype=object)
for device in np.squeeze(devices):
    device.On()
for index, device in np.ndenumerate(devices):
    device.write_attribute("Current", 1.0 + index[0])
spare = np.empty(2, dtype=object)
np.put(spare, 0, tango.DeviceProxy("sr/ps/q3"))
spare[0].Standby()
