# expect: writes=yes reads=no risk=low approval=yes
# why: a class body looks names up in the namespace __prepare__ made before a function's locals, so a local flag bound to True decides nothing there (red-team round 43, helper B)
from epics import caput


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"dry_run": False}


def main():
    dry_run = True
    class Apply(metaclass=Meta):
        if dry_run:
            print("dry run")
        else:
            caput("BL:PS:03:SP", 4.2)
    return Apply


main()
