# expect: writes=yes reads=no risk=low approval=yes
# why: epics.Device.PV(attr) returns an epics.PV, but the analyzer treats Device.PV as a value attribute returning Plain
import epics
undulator = epics.Device("ID01:", attrs=("GAP",))
gap = undulator.PV("GAP")
gap.value = 12.5
results = {}
