# expect: writes=yes reads=no risk=low approval=yes
# why: a local subclass of `dict` holds what its inherited methods store (`update`), and its items are those devices (red-team round 34: the device stored by `update` was lost and the write passed clean)
import epics


class Registry(dict):
    pass


registry = Registry()
registry.update({"qf1": epics.PV("SR:QF1:SP")})
registry["qf1"].put(1.0)
results = {}
