# expect: writes=no reads=no risk=high approval=n/a
# why: typing's private type evaluator runs the strings in a type as code (round 44, helper F)
import typing, epics
src = "ep" + "ics.ca" + "put('X:A', 1)"
try:
    typing._eval_type(typing.Optional[src], {"epics": epics}, None)
except TypeError:
    pass
