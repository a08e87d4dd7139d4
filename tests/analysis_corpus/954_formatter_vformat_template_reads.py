# expect: writes=no reads=yes risk=low approval=no
# why: `string.Formatter().vformat(T["k"], (pv,), {})` with a table of literal templates fills `{0.value}` from the tuple: a read (red-team round 24)
import epics, string
pv = epics.PV("A:B")
T = {"k": "{0.value}"}
s = string.Formatter().vformat(T["k"], (pv,), {})
results = {"s": s}
