# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1138: rows of other shapes (another order, `insert`, `extend`, a row held in a name, a store through an alias) merge the positions again (red-team round 38)
import tango

dev = tango.DeviceProxy("bl/v/1")
rows = []
rows.append(("x", "y"))
rows.insert(0, (dev, "y"))
for name, _ in rows:
    if not isinstance(name, str):
        name.Open()
other = []
other.append(("x", "y"))
alias = other
alias.append((dev, "y"))
for name, _ in other:
    if not isinstance(name, str):
        name.Close()
results = {}
