# expect: writes=yes reads=no risk=low approval=yes
# why: PV bound by a walrus, then written
import epics
if (p := epics.PV('MAG:QF1:CURRENT_SP')).connected:
    p.value = 1.0
results = {}
