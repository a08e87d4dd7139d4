# expect: writes=no reads=no risk=high approval=n/a
# why: help(name) imports the module a string names (round 13)
name = ''.join(['sub', 'process'])
help(name)
results = {}
