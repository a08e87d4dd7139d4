# expect: writes=no reads=yes risk=low approval=no
# why: `str.format("{0.value}", pv)` called unbound: the template is the first argument, a read, not a PV handed to unfollowed code (red-team round 24)
import epics, string
pv = epics.PV("A:B")
s = str.format("{0.value}", pv)
results = {"s": s}
