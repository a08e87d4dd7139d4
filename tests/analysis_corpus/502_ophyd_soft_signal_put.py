# expect: writes=no reads=no risk=low approval=no
# why: ophyd's soft Signal holds its value in memory (red-team rounds 9 and 10)
from ophyd import Signal
threshold = Signal(name='threshold', value=0.0)
threshold.put(5.0)
results = {'threshold': threshold.get()}
