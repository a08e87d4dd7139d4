# expect: writes=no reads=no risk=low approval=no
# why: queue.Queue().put/get are not control-system operations
import queue
q = queue.Queue()
q.put(1)
x = q.get()
results = {'x': x}
