# expect: writes=no reads=no risk=high approval=n/a
# why: an annotation that is a string built at run time (here an f-string) is evaluated by singledispatch.register (round 13); a name holding a string (a TypeAlias) is not flagged
import functools
module = ''.join(['o', 's'])


@functools.singledispatch
def handle(x):
    return x


def impl(x: f"__import__('{module}').system('true') and int or int"):
    return x

handle.register(impl)
results = {}
