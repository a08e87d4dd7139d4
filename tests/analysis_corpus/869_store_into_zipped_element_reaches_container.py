# expect: writes=yes reads=no risk=low approval=yes
# why: a PV appended to a list taken from `zip(names, bufs)` is stored in `bufs`, whose elements are later written (round 22)
from epics import PV
bufs = [[], []]
names = ["A", "B"]
for n, buf in zip(names, bufs):
    buf.append(PV(n))
for buf in bufs:
    buf[0].put(1)
