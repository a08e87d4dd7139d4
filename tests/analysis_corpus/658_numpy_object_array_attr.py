# expect: writes=no reads=yes risk=low approval=no
# why: np.array(rows, dtype=object): the dtype class flows into the elements, so row.value = ... "replaces builtins.object.value" (high) (round 15 false alarm)
import numpy as np
import epics
class Row:
    def __init__(self, name):
        self.name, self.value = name, None
table = np.array([Row("SR:BPM1:X"), Row("SR:BPM2:X")], dtype=object)
for row in table:
    row.value = epics.caget(row.name)
results = {r.name: r.value for r in table}
