# expect: writes=yes reads=yes risk=low approval=yes
# why: taurus listener src write (red-team round 8)
import taurus
class Mirror:
    def eventReceived(self, src, evt_type, evt_value):
        src.write(round(evt_value.rvalue, 2))
attr = taurus.Attribute('sr/ps/qf1/current')
attr.addListener(Mirror())
results = {}
