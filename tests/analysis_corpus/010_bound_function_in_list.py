# expect: writes=yes reads=no risk=low approval=yes
# why: the write function stored in a list and called by index
import epics
handlers = [epics.caput]
handlers[0]('MAG:QF1:CURRENT_SP', 10.0)
results = {}
