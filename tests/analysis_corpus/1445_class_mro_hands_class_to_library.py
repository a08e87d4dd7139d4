# expect: writes=yes reads=no risk=low approval=yes
# why: Settings.mro()[0] hands the class to copy._reconstruct, which sets its flag (round 47, helper Y)
import epics
import copy
import functools
import operator

class Settings:
    DRY_RUN = True

    def describe(self):
        return "settings"

copy._reconstruct(None, None, functools.partial(operator.getitem, Settings.mro(), 0), (), (None, {"DRY_RUN": False}))
if not Settings.DRY_RUN:
    epics.caput("X:SP", 91.0)
results = {"done": True}
