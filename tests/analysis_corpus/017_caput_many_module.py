# expect: writes=yes reads=no risk=low approval=yes
# why: caput_many on the module
import epics
epics.caput_many(['A:SP', 'B:SP'], [1.0, 2.0])
results = {}
