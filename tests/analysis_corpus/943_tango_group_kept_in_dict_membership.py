# expect: writes=no reads=no risk=low approval=no
# why: dict holds only Groups; add/remove are membership (red-team round 24)
import tango
reg = {"grp": tango.Group("g")}
reg["grp"].add("a/b/c")
reg["grp"].remove("a/b/c")
results = {"done": True}
