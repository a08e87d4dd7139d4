# expect: writes=yes reads=no risk=low approval=yes
# why: a subclass overrides a method with a class attribute (a lambda); its dict's keys are devices (red-team round 34: the base's `def` was taken, and the command was missed)
import tango


class Base:
    def table(self):
        return {"q2": 1}


class Sub(Base):
    table = lambda self: {tango.DeviceProxy("sr/ps/q2"): 1}


for key in Sub().table():
    key.Reset()
results = {}
