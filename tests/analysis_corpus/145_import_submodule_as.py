# expect: writes=yes reads=no risk=low approval=yes
# why: import epics.ca as ca, then ca.put
import epics.ca as ca
chid = ca.create_channel('MAG:QF1:CURRENT_SP')
ca.put(chid, 1.0)
results = {}
