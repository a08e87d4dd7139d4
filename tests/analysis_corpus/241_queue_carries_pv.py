# expect: writes=yes reads=no risk=low approval=yes
# why: a PV put into a queue.Queue and taken out again cannot be followed
import epics, queue
q = queue.Queue()
q.put(epics.PV('X:Y'))
p = q.get()
p.value = 1
results = {}
