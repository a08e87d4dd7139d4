# expect: writes=yes reads=no risk=low approval=yes
# why: a pyepics device's and motor's _pvs table holds its PVs (red-team round 9)
import epics

und = epics.Device('LI20:UND1:', attrs=('GAP', 'TAPER'))
for attr, pv in und._pvs.items():
    pv.put(0.0)
epics.Motor('LI20:MOT:X')._pvs['VAL'].put(1.5)
results = {}
