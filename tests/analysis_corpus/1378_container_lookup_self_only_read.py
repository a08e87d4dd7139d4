# expect: writes=no reads=yes risk=low approval=no
# why: the guard for 1373: the dict behind a bound lookup, reached through __self__, is only read
from epics import PV

bpms = {n: PV("SR:%s:X" % n) for n in ("BPM1", "BPM2")}

def snapshot(lookup):
    return {name: pv.get() for name, pv in lookup.__self__.items()}

results = {"orbit": snapshot(bpms.get)}
