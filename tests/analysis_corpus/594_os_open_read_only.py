# expect: writes=no reads=no risk=low approval=no
# why: os.open with O_RDONLY only reads (round 13 false alarm)
import os
fd = os.open('data.txt', os.O_RDONLY)
data = os.read(fd, 100)
os.close(fd)
results = {'n': len(data)}
