# expect: writes=yes reads=no risk=high approval=n/a
# why: singledispatch.register evaluates the string annotation, whose walrus rebinds DRY_RUN to False before the test: a string annotation that binds a name is dynamic code (high), and the flag rule is off where annotations are evaluated (red-team round 42, helper B)
import functools

from pyexec_runtime import write_channel

DRY_RUN = True


@functools.singledispatch
def show(x):
    return x


@show.register
def _(x: "(DRY_RUN := False) or int"):
    return x


if not DRY_RUN:
    write_channel("SR:ID03:GAP:SP", 16.0)
results = {}
