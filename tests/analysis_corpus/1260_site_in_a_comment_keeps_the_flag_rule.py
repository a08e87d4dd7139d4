# expect: writes=no reads=yes risk=low approval=no
# why: site-specific in a comment is no route to site (red-team round 43, helper A)
from pyexec_runtime import read_channels, write_channels

# site-specific settings for the booster extraction bump
APPLY = False
BUMP = {"BR:EXT:BUMP1:I:SP": 410.0, "BR:EXT:BUMP2:I:SP": 395.0}

now = read_channels(list(BUMP))
delta = {k: BUMP[k] - v for k, v in now.items()}
if APPLY:
    write_channels(BUMP)
for k, d in delta.items():
    print(f"{k}: delta {d:+.1f} A")
results = {"delta": delta, "applied": APPLY}
