# expect: writes=yes reads=no risk=low approval=yes
# why: a class body reads a name it binds only in a branch (or later) as the module's until then: here the module's device (red-team round 40, helper X)
import tango
d = tango.DeviceProxy('sys/tg/1')
class K:
    if False:
        d = {}
    d['x'] = 1
results = {}
