# expect: writes=yes reads=no risk=low approval=yes
# why: `bv = viewers[0] if viewers else None` is an item: its `insert` is a command (red-team round 25)
import tango
viewers = [tango.DeviceProxy('sr/bv/203')]
bv = viewers[0] if viewers else None
bv.insert()
