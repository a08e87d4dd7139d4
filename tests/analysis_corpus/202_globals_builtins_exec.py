# expect: writes=yes reads=no risk=high approval=n/a
# why: globals()['__builtins__'] is the builtins module; .exec on it is exec
b = globals()['__builtins__']
g = b['exec'] if isinstance(b, dict) else b.exec
g("import epics; epics.caput('X:Y', 1)")
results = {}
