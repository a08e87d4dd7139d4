# expect: writes=yes reads=no risk=low approval=yes
# why: `devs.get(name)` takes a device out of a dict; its `insert` is a command (round 25)
import tango
devs = {'filter1': tango.DeviceProxy('bl/att/filter1')}
devs.get('filter1').insert()
