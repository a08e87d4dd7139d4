# expect: writes=no reads=no risk=low approval=no
# why: a Tango Group's get_name is the client's own name for the group, not a command to its members (red-team round 42, helper C; was a false write)
import tango
g = tango.Group('quads')
g.add('sr/ps/q*')
print(g.get_device_list(), g.get_name(), g.get_fully_qualified_name())
g.remove('sr/ps/q3')
g.disable('sr/ps/q2')
g.enable('sr/ps/q2')
