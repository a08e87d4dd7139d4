# expect: writes=yes reads=no risk=low approval=yes
# why: `epics.ca.put` fully dotted
import epics
chid = epics.ca.create_channel('MAG:QF1:CURRENT_SP')
epics.ca.put(chid, 10.0, wait=True)
results = {}
