# expect: writes=no reads=yes risk=low approval=no
# why: a field holds `dict(dev=..., points=[], errors=[])`; appending to the record's lists is not a command of the device it keeps under another key (red-team round 27)
from tango import DeviceProxy
class Scan:
    def __init__(self, name):
        self.state = dict(dev=DeviceProxy(name), points=[], errors=[])
    def step(self):
        try:
            self.state['points'].append(self.state['dev'].read_attribute('Position').value)
        except Exception as e:
            self.state['errors'].append(str(e))
s = Scan('sr/motor/m1')
s.step()
results = {'points': s.state['points']}
