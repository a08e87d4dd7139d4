# expect: writes=yes reads=no risk=low approval=yes
# why: a PV's callbacks table bound to a name and filled with update; run_callback(index) runs the entry, which assigns the PV's value (red-team round 43, helper D)
import epics


def zero(**kw):
    kw['cb_info'][1].value = 0.0


p = epics.PV('SR:QF1:I')
table = p.callbacks
table.update({3: (zero, {'limit': 0.5})})
p.run_callback(3)
