# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a control-system class's `__name__`, `__module__` and `__doc__` are text; grouping by them appends to lists and sets, not to devices (red-team round 31; false writes before)
from collections import Counter
import epics
import tango
objs = [epics.PV("SR:A"), tango.DeviceProxy("sr/ps/q1")]
kinds = []
groups = {}
modules = set()
for o in objs:
    kinds.append(type(o).__name__)
    groups.setdefault(type(o).__name__, []).append(str(o))
    modules.add(type(o).__module__)
print(Counter(type(o).__name__ for o in objs), modules, epics.PV.__doc__ is None)
