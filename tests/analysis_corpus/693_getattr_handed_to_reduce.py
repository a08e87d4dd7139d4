# expect: writes=no reads=no risk=high approval=n/a
# why: getattr handed on as a callable (functools.reduce, partial(getattr, mod), map(getattr, ...)) reaches os.system by name with no finding, unlike partial(setattr, os) (round 16)
import functools
import os

run = functools.reduce(getattr, ["system"], os)
run("true")
functools.partial(getattr, os)("system")("true")
results = {}
