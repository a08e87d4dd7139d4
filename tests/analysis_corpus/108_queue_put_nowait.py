# expect: writes=no reads=no risk=low approval=no
# why: queue put_nowait / get_nowait
import queue
q = queue.SimpleQueue()
q.put_nowait('a')
item = q.get_nowait()
results = {'item': item}
