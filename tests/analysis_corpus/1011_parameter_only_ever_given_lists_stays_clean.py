# expect: writes=no reads=yes risk=low approval=no
# why: a helper and a class only ever handed plain lists (a name bound to `[]`, a fresh `[]`, through a relay function): `append`/`extend` on the parameter and on the field kept from it are the lists' (red-team round 27)
from tango import DeviceProxy
def act(x, v):
    x.append(v)
    x.extend([v, v])
def relay(y, v):
    act(y, v)
class Logger:
    def __init__(self, sink):
        self.sink = sink
    def log(self, v):
        self.sink.append(v)
dev = DeviceProxy('sr/ps/q1')
log = []
act(log, dev.read_attribute('Current').value)
relay([], 2)
lines = []
Logger(lines).log(dev.state())
Logger([]).log(1)
results = {'log': log, 'lines': lines}
