# expect: writes=yes reads=yes risk=low approval=yes
# why: AttributeProxy.read_asynch with a callback is its device's read_attribute_asynch: the reply's ev.device is the proxy and a command on it writes (red-team round 43, helper D)
import tango

current = tango.AttributeProxy('sr/ps/qf1/Current')


class Done:
    def attr_read(self, ev):
        ev.device.Reset()


current.read_asynch(Done())
tango.ApiUtil.instance().get_asynch_replies(500)
