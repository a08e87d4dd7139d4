# expect: writes=no reads=no risk=medium approval=yes
# why: partial(open, mode='w') binds a writing mode (round 15)
import functools
w = functools.partial(open, mode="w")
with w("/tmp/out.txt") as f:
    f.write("x")
results = {}
