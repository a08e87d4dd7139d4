# expect: writes=no reads=yes risk=low approval=no
# why: a local AttributeProxy subclass's own method that reads is not a write (round 13 false alarm)
import tango
class Current(tango.AttributeProxy):
    def sample(self):
        return self.read().value
results = {"i": Current("sr/ps/qf1/Current").sample()}
