# expect: writes=yes reads=yes risk=low approval=yes
# why: a realistic control-room script as a code generator writes them (round 12: 175 such scripts, no write missed, none falsely flagged)
import contextlib
from epics import caget, caput

@contextlib.contextmanager
def temporarily(pv, value):
    old = caget(pv)
    caput(pv, value, wait=True)
    try:
        yield old
    finally:
        caput(pv, old, wait=True)

with temporarily("SR:OFB:ENABLE", 0) as prev:
    orbit = [caget(f"SR:BPM{i:02d}:X") for i in range(1, 4)]
results = {"fb_was": prev, "orbit": orbit}
