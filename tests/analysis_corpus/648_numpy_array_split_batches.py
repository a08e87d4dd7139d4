# expect: writes=yes reads=no risk=low approval=yes
# why: np.array_split (like choice, permutation, flip, roll, where, take, repeat, full) returns elements, not numbers (round 15)
import numpy as np
import epics
correctors = [epics.PV(f"SR:HC{i}:SP") for i in range(1, 7)]
for batch in np.array_split(correctors, 3):
    for pv in batch:
        pv.value = 0.0
results = {}
