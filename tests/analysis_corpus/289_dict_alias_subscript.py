# expect: writes=yes reads=no risk=low approval=yes
# why: PV stored through an alias (s = settings; s['quad'] = PV); settings['quad'] keeps the display's None kind
from epics import PV
settings = {"quad": None, "target": 1.5}
s = settings
s["quad"] = PV("QUAD:01:SETPT")
settings["quad"].put(settings["target"])
results = {}
