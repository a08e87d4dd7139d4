# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: Client-side reconnection setting before a periodic read. (red-team round 7)
import tango

cur = tango.AttributeProxy('sr/ps/qf1/Current')
cur.set_transparency_reconnection(True)
cfg = cur.get_config()
results = {'value': cur.read().value, 'unit': cfg.unit}
