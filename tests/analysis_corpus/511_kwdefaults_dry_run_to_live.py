# expect: writes=yes reads=no risk=low approval=yes
# why: a function's keyword defaults replaced: a dry run switched to caput (red-team round 9)
import epics

def set_setpoint(name, value, *, writer=print):
    writer(name, value)

set_setpoint.__kwdefaults__ = {'writer': epics.caput}
set_setpoint('LI20:KLYS:21:PDES', 30.0)
results = {'mode': 'live'}
