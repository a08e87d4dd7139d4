# expect: writes=yes reads=no risk=low approval=yes
# why: a function bound to a name (`setter = epics.caput`)
import epics
setter = epics.caput
setter('MAG:QF1:CURRENT_SP', 10.0)
results = {}
