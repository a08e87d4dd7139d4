# expect: writes=yes reads=no risk=low approval=yes
# why: inside a class a private name is mangled, so the module function defined under the mangled name is called though the text spells that name once (red-team round 43, helper B)
from epics import caput


def _Pump__restore():
    caput("BL:PUMP:SP", 0)


class Pump:
    def stop(self):
        __restore()


Pump().stop()
