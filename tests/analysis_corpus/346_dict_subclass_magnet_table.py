# expect: writes=yes reads=no risk=low approval=yes
# why: `self[name] = pv` inside a dict subclass binds only the method's `self`; the instance's items never carry the PV
import epics


class MagnetTable(dict):
    def add(self, name):
        self[name] = epics.PV(name)


table = MagnetTable()
for name in ("Q1:SET", "Q2:SET"):
    table.add(name)
for name, value in {"Q1:SET": 1.0, "Q2:SET": 2.0}.items():
    table[name].value = value
