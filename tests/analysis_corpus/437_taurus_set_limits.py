# expect: writes=yes reads=no risk=low approval=yes
# why: Set the writable range of the gap attribute through taurus. (red-team round 7)
import taurus

gap = taurus.Attribute('id09/undulator/1/Gap')
gap.setLimits(10.0, 30.0)
results = {}
