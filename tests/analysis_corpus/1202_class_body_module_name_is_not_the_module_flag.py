# expect: writes=yes reads=no risk=low approval=yes
# why: __module__ bound to None at the module's top level is not what a class body reads: Python sets the class's own __module__, a string, so the branch writes; names read in a class body never decide if-tests (red-team round 42, helper B)
from pyexec_runtime import write_channel

__module__ = None


class Apply:
    if __module__:
        write_channel("SR:ID03:GAP:SP", 16.0)


results = {}
