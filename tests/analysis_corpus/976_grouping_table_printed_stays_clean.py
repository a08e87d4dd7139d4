# expect: writes=no reads=no risk=low approval=no
# why: printing a table of lists does not put anything in it: `groups['sr'].append(dev)` stays the list's (red-team round 25)
import tango
groups = {}
groups.setdefault('sr', []).append(tango.DeviceProxy('sr/bv/1'))
print(groups)
groups['sr'].append(tango.DeviceProxy('sr/bv/2'))
