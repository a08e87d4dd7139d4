# expect: writes=no reads=no risk=low approval=no
# why: multiprocessing.Queue().put
import multiprocessing as mp
q = mp.Queue()
q.put('done')
results = {'msg': q.get()}
