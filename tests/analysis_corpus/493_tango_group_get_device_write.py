# expect: writes=yes reads=no risk=low approval=yes
# why: tango group get device write (red-team round 8)
import tango
g = tango.Group('quads')
g.add('sr/ps/qf1')
g.get_device('sr/ps/qf1').write_attribute('Current', 10.0)
results = {}
