# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: a generator returning a reading, caught as StopIteration; exceptions printed
import traceback
from epics import caget

def average(name, n):
    total = 0.0
    for _ in range(n):
        total += caget(name)
        yield total
    return total / n

gen = average('SR:DCCT:CURRENT', 3)
try:
    while True:
        next(gen)
except StopIteration as stop:
    mean = stop.value
except Exception as exc:
    traceback.print_exception(exc)
    mean = None
results = {'mean': mean}
