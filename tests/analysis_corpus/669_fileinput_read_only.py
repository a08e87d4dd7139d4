# expect: writes=no reads=no risk=low approval=no
# why: false risk: fileinput.input without inplace=True only reads (round 15)
import fileinput
with fileinput.input(files=['data.txt', 'readme.txt']) as f:
    count = sum(1 for _ in f)
results = {}
