# expect: writes=yes reads=no risk=low approval=yes
# why: a lambda that calls caput, called later
import epics
setter = lambda v: epics.caput('MAG:QF1:CURRENT_SP', v)
setter(1.0)
results = {}
