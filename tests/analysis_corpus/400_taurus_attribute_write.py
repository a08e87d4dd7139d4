# expect: writes=yes reads=yes risk=low approval=yes
# why: taurus.Attribute(...).write(v), then read() (round 6)
import taurus

gap = taurus.Attribute('id09/undulator/1/Gap')
gap.write(14.2)
results = {'gap': gap.read().rvalue}
