# expect: writes=yes reads=no risk=low approval=yes
# why: the same through caproto's PV class (round 44, helper F)
from caproto.threading import client
class Log:
    def write(self, data):
        return super().write(data)
class P(Log, client.PV):
    pass
P("X:A").write(1)
