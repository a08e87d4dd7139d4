# expect: writes=no reads=no risk=high approval=n/a
# why: os.spawnl starts a program
import os
os.spawnl(os.P_WAIT, '/bin/ls', 'ls')
results = {}
