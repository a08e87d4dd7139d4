# expect: writes=yes reads=no risk=low approval=yes
# why: a device stored into a list field made by unpacking is still a device when taken out (guard for round 34's unpacked displays)
import tango


class Survey:
    def __init__(self):
        self.online, self.offline = [], []


survey = Survey()
survey.online.append(tango.DeviceProxy("sr/ps/q1"))
survey.online[0].On()
results = {}
