# expect: writes=yes reads=yes risk=low approval=yes
# why: `devs.get('q1')['Current'] = 5.0` and `devs['q1']['Current'] += 0.5` write the attribute of the proxy taken out of the dict (the second also reads it) (red-team round 26)
import tango
devs = {'q1': tango.DeviceProxy('sr/ps/q1')}
devs.get('q1')['Current'] = 5.0
devs['q1']['Current'] += 0.5
