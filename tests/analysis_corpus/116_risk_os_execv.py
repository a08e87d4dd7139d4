# expect: writes=no reads=no risk=high approval=n/a
# why: os.execv replaces the process
import os
os.execv('/bin/ls', ['ls'])
results = {}
