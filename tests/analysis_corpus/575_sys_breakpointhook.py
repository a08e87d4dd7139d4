# expect: writes=no reads=no risk=high approval=n/a
# why: sys.breakpointhook imports what PYTHONBREAKPOINT names (round 13)
import os
import sys
os.environ['PYTHONBREAKPOINT'] = 'os.system'
sys.breakpointhook('true')
results = {}
