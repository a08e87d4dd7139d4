# expect: writes=yes reads=no risk=low approval=yes
# why: a dict keyed by PV objects; iterating it gives the PVs, which are put
import epics
setpoints = {epics.PV('SR:A'): 1.0, epics.PV('SR:B'): 2.0}
for pv in setpoints:
    pv.put(setpoints[pv])
results = {}
