# expect: writes=yes reads=no risk=low approval=yes
# why: `t['sr'] = u = {}` makes one dict under both `t['sr']` and `u`; a proxy put in through `u` is switched on through the table (red-team round 25's miss)
from tango import DeviceProxy
viewer = DeviceProxy('sr/bv/1')
sections = {}
sections['sr'] = viewers = {}
viewers['bv1'] = viewer
sections['sr']['bv1'].On()
