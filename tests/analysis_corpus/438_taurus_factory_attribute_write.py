# expect: writes=yes reads=no risk=low approval=yes
# why: Write through the taurus factory API. (red-team round 7)
import taurus

factory = taurus.Factory('tango')
att = factory.getAttribute('sr/ps/qf1/Current')
att.write(101.5)
results = {}
