# expect: writes=yes reads=no risk=high approval=n/a
# why: the same evaluator rebinds a module flag the trust rules would have decided (round 44, helper F)
import typing, epics
ARM = False
typing._eval_type(typing.Optional["f.__glo" + "bals__.update(ARM=True) or int"], {"f": (lambda: 0)}, None)
if ARM:
    epics.caput("X:A", 1)
