# expect: writes=yes reads=no risk=low approval=yes
# why: a class docstring binds __doc__ in the class body, which a local flag of that name does not decide (red-team round 43, helper B)
from epics import caput


def main():
    __doc__ = None
    class Restore:
        "restore the setpoint"
        if __doc__:
            caput("BL:PS:04:SP", 1.0)
    return Restore


main()
