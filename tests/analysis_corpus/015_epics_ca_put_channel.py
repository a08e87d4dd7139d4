# expect: writes=yes reads=no risk=low approval=yes
# why: low-level epics.ca: create_channel then ca.put
from epics import ca
chid = ca.create_channel('MAG:QF1:CURRENT_SP')
ca.put(chid, 10.0)
results = {}
