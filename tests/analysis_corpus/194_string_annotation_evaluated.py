# expect: writes=yes reads=no risk=high approval=n/a
# why: a string annotation holding a caput, evaluated by typing.get_type_hints
import typing
def f(x: "__import__('epics').caput('X:Y', 1)"): pass
typing.get_type_hints(f)
results = {}
