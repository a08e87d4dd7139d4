# expect: writes=yes reads=no risk=low approval=yes
# why: a comprehension's second `for` iterates a variable of its first, evaluated in the comprehension's own scope; a generator expression is one too (round 20)
import epics

grid = [[epics.PV(f"SR:C{c}:Q{q}") for q in range(2)] for c in range(3)]
steps = (p.put(0.0) for row in grid for p in row)
count = sum(1 for _ in steps)
results = {"count": count}
