# expect: writes=yes reads=no risk=low approval=yes
# why: epics.PV.value.fset(pv, 5) calls the value property's setter: a put
import epics
pv = epics.PV('X:Y')
epics.PV.value.fset(pv, 5)
results = {}
