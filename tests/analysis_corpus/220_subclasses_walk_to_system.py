# expect: writes=yes reads=no risk=high approval=n/a
# why: a walk over object.__subclasses__() reaches os.system through a class's globals
for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == '_wrap_close':
        c.__init__.__globals__['system']('caput X:Y 1')
results = {}
