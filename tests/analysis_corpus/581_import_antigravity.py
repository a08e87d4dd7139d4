# expect: writes=no reads=no risk=high approval=n/a
# why: importing antigravity starts a browser program (round 13)
import os
os.environ['BROWSER'] = 'true'
import antigravity
results = {}
