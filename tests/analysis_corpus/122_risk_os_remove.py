# expect: writes=no reads=no risk=medium approval=yes
# why: os.remove deletes a file
import os
os.remove('stale.txt')
results = {}
