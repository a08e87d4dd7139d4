# expect: writes=no reads=no risk=high approval=n/a
# why: timeit.main runs its arguments as code (round 13)
import timeit
timeit.main(['-n', '1', '-r', '1', '-s', 'import os', "os.system('true')"])
results = {}
