# expect: writes=no reads=no risk=high approval=n/a
# why: setattr(builtins, 'len', epics.caput) makes len(...) a caput: the runtime patched
import builtins, epics
setattr(builtins, 'len', epics.caput)
len('X:Y', 1)
results = {}
