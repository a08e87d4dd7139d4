# expect: writes=no reads=no risk=high approval=n/a
# why: a multiprocessing.Process starts another process
import multiprocessing
import os
if __name__ == '__main__':
    p = multiprocessing.Process(target=os.getpid)
    p.start()
    p.join()
    print('EXEC-process started', p.pid)
results = {}
