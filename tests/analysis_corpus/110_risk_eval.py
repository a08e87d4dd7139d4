# expect: writes=no reads=no risk=high approval=n/a
# why: eval on a string
y = eval("1 + 2")
results = {'y': y}
