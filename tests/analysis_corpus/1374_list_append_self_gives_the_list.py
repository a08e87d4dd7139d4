# expect: writes=yes reads=no risk=low approval=yes
# why: a list's bound append gives the list back through __self__, whose devices are written (round 46)
from epics import PV

def scan(names, collect):
    for n in names:
        collect(PV(n))

def flush(collect, value):
    for pv in collect.__self__:
        pv.put(value)

pending = []
scan(["SR:COR:H1", "SR:COR:H2"], pending.append)
flush(pending.append, 0.0)
results = {"flushed": len(pending)}
