# expect: writes=yes reads=no risk=high approval=n/a
# why: __builtins__.__dict__['exec'] reaches exec through the builtins' attribute table
__builtins__.__dict__['exec']("import epics; epics.caput('X:Y', 1)")
results = {}
