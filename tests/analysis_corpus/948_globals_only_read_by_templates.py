# expect: writes=no reads=yes risk=low approval=no
# why: `globals()` only read: unpacked into `format`, filled into `format_map`, sorted, looked up and tested: nothing is bound in it (round 24)
import epics
current = epics.caget("SR:DCCT:CURRENT")
a = "{current:.2f}".format(**globals())
b = "{current}".format_map(globals())
names = sorted(globals())
print(a, b, len(names), globals().get("current"), "current" in globals())
results = {"a": a, "b": b}
