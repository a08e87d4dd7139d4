# expect: writes=no reads=no risk=low approval=no
# why: false risk: timeit.timeit with a lambda runs no string (round 15)
import timeit
data = list(range(1000))
t = timeit.timeit(lambda: sorted(data), number=20)
results = {}
