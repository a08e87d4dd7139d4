# expect: writes=yes reads=no risk=low approval=yes
# why: a PV stored into each row of a list of dicts through the loop variable, written through the list
from epics import PV
rows = [{}, {}]
for row in rows:
    row["pv"] = PV("Q")
rows[0]["pv"].put(1)
