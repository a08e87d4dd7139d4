# expect: writes=yes reads=no risk=low approval=yes
# why: a walrus inside a comprehension binds in the enclosing scope (PEP 572), so `last` holds the last PV after the comprehension (round 20)
import epics

names = ["SR:COR01:SP", "SR:COR02:SP"]
made = [(last := epics.PV(n)) for n in names]
last.put(1.5)
results = {"made": len(made)}
