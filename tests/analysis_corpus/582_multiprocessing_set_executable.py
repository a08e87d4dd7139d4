# expect: writes=no reads=no risk=high approval=n/a
# why: a context's set_executable makes new processes run another program (round 13)
import multiprocessing as mp
ctx = mp.get_context('spawn')
ctx.set_executable('/bin/echo')
p = ctx.Process(target=print)
p.start()
p.join(2)
results = {}
