# expect: writes=yes reads=yes risk=low approval=yes
# why: statistics.median of an odd number of values is the middle element itself: here a Tango member, whose call is a command (red-team round 40, helper Y)
import statistics, tango
statistics.median([tango.DeviceProxy('a/b/c').On])()
results = {}
