# expect: writes=yes reads=no risk=low approval=yes
# why: epics.Device.add_pv(...) returns an epics.PV; its .value assignment is not seen
import epics
dev = epics.Device("BL1:")
shutter = dev.add_pv("BL1:SHUTTER:OPEN", attr="shutter")
shutter.value = 1
results = {}
