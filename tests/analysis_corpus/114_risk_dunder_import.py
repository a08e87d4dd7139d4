# expect: writes=no reads=no risk=high approval=n/a
# why: __import__ of a module
m = __import__('math')
results = {'pi': m.pi}
