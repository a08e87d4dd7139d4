# expect: writes=no reads=yes risk=low approval=no
# why: look-alike: simplenamespace readbacks (red-team round 8)
import types, epics
dev = types.SimpleNamespace(rb=epics.PV('SR:QF1:RB'), temp=epics.PV('SR:QF1:TEMP'))
results = {'rb': dev.rb.get(), 'temp': dev.temp.get()}
