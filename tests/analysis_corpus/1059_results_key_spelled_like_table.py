# expect: writes=no reads=yes risk=low approval=no
# why: a `results` key spelled like the table (`{"table": ...}`) names nothing, so `table` still only ever holds fresh dicts and `table[n]["state"] = ...` is an item store into one of them (red-team round 33; a false `DeviceProxy.__setitem__` write before)
import tango
table = {}
for n in ["sr/ps/q1", "sr/ps/q2"]:
    table[n] = {"dev": tango.DeviceProxy(n)}
    table[n]["state"] = str(table[n]["dev"].state())
results = {"table": {n: row["state"] for n, row in table.items()}}
