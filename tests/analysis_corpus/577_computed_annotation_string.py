# expect: writes=no reads=no risk=high approval=n/a
# why: an annotation that is a string built at run time is evaluated by singledispatch.register (round 13)
import functools
ann = ''.join(["__import__('os')", ".system('true') and int or int"])


@functools.singledispatch
def handle(x):
    return x


def impl(x: ann):
    return x

handle.register(impl)
results = {}
