# expect: writes=no reads=no risk=high approval=n/a
# why: PYTHONBREAKPOINT names epics.caput; breakpoint() imports and calls it
import os
os.environ['PYTHONBREAKPOINT'] = 'epics.caput'
breakpoint('X:Y', 1)
results = {}
