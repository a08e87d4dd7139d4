# expect: writes=yes reads=no risk=low approval=yes
# why: an lru_cache'd function's __wrapped__ is the function (round 15)
import epics, functools
@functools.lru_cache(maxsize=None)
def make(n):
    return epics.PV(n)
pv = make.__wrapped__("X:A")
pv.value = 1.0
results = {}
