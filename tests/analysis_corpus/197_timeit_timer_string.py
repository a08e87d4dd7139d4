# expect: writes=no reads=no risk=high approval=n/a
# why: timeit.Timer runs its statement string as code
import timeit
timeit.Timer("import epics; epics.caput('X:Y', 1)").timeit(1)
results = {}
