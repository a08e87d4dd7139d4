# expect: writes=yes reads=no risk=low approval=yes
# why: a dict of the PV class looked up by a computed key, then called and assigned
import epics
reg = {'pv_' + str(i): epics.PV for i in range(3)}
o = reg['pv_' + '1']('X:Y')
o.value = 2
results = {}
