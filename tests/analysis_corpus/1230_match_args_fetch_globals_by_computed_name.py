# expect: writes=yes reads=no risk=low approval=yes
# why: a class pattern fetches the attributes its __match_args__ names, here a function's globals by a computed name, and calls the helper nothing names: __match_args__ turns the uncalled-function rule off (red-team round 42, helper D)
from epics import caput


class Meta(type):
    def __instancecheck__(cls, obj):
        return True


class Any(metaclass=Meta):
    __match_args__ = ("__glob" + "als__",)


def helper():
    return None


def park():
    caput("BL:M1:VAL", 0.0)


match helper:
    case Any(ns):
        ns["pa" + "rk"]()
