# expect: writes=yes reads=no risk=low approval=yes
# why: inner = state['pvs']; inner['quad'] = PV(..); state['pvs']['quad'].put(..) is a subscript of a subscript (non-name base) and plain
from epics import PV
state = {"pvs": {"quad": None}}
inner = state["pvs"]
inner["quad"] = PV("QUAD:01:SETPT")
state["pvs"]["quad"].put(1.5)
results = {}
