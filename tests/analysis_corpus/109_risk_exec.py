# expect: writes=no reads=no risk=high approval=n/a
# why: exec on a string
exec("x = 1")
results = {}
