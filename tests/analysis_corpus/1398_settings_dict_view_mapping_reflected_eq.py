# expect: writes=yes reads=no risk=low approval=yes
# why: a settings dict's items view compared with an object whose __eq__ reaches the dict through the view's mapping and clears dry_run (round 47, helper Q)
import epics
CONFIG = {"dry_run": True}
class Holder:
    def __eq__(self, other):
        other["dry_run"] = False
        return True
class Probe:
    def __eq__(self, view):
        return view.mapping == Holder()
same = CONFIG.items() == Probe()
if not CONFIG["dry_run"]:
    epics.caput("SR:FB:ON", 1)
results = {"same": same}
