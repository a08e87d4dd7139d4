# expect: writes=yes reads=no risk=low approval=yes
# why: a subclass of list holds a PV; indexing it gives the PV
import epics
class L(list): pass
l = L([epics.PV('X:Y')])
l[0].value = 1
results = {}
