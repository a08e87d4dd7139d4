# expect: writes=yes reads=no risk=high approval=n/a
# why: functions picked out of `vars(epics).items()` by name: the call is an unverified write, listed as well as the high finding (round 23)
import epics
for name, function in vars(epics).items():
    if name.endswith("put"):
        function("SR:COR1:SP", 0.5)
results = {"done": True}
