# expect: writes=yes reads=no risk=low approval=yes
# why: a list holding real proxies and dry-run stand-ins that override a command: the loop runs the real command on the real ones (round 34: the override hid it for every device)
import tango


class DryRun(tango.DeviceProxy):
    def On(self):
        print("dry run", self.dev_name())


supplies = [tango.DeviceProxy("sr/ps/q1"), DryRun("sr/ps/q2")]
for supply in supplies:
    supply.On()
results = {}
