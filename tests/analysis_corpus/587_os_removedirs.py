# expect: writes=no reads=no risk=medium approval=yes
# why: os.removedirs deletes directories (round 13)
import os
os.removedirs('emptydir')
results = {}
