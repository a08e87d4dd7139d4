# expect: writes=yes reads=no risk=high approval=n/a
# why: `builtins.print` replaced by `epics.caput`: a later `print(...)`, even in a function defined before, is the write (round 23)
import builtins
import epics
def report(channel, value):
    print(channel, value)
builtins.print = epics.caput
report("SR:COR1:SP", 0.5)
results = {"done": True}
