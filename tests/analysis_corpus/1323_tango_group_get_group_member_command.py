# expect: writes=yes reads=no risk=low approval=yes
# why: a member proxy of a sub-group (get_group, then get_device) runs a command (red-team round 43, helper D)
import tango

root = tango.Group('all')
ps = tango.Group('ps')
ps.add('sr/ps/qf1')
root.add(ps)
root.get_group('ps').get_device('sr/ps/qf1').Reset()
