# expect: writes=yes reads=no risk=high approval=n/a
# why: setattr(builtins, 'len', epics.caput) makes len(...) a caput: the runtime patched (round 23: the write is listed too)
import builtins, epics
setattr(builtins, 'len', epics.caput)
len('X:Y', 1)
results = {}
