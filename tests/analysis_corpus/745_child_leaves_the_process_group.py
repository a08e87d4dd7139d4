# expect: writes=no reads=no risk=high approval=n/a
# why: a multiprocessing child calls os.setsid and so leaves the run's process group: the executor's
# why: group kill (timeout, end of run) misses it and it keeps running after the run has ended (under
# why: rlimit it rewrites the channel store later); os.fork is a `process` finding, this is not
# why: red-team round 18: high, as the executor's internals (the code ran with no approval, or past the limits)
import multiprocessing as mp
import os
import time
import numpy as np

def keep_logging(path):
    os.setsid()
    time.sleep(6)
    np.frombuffer(b'{"SR:PS:Q1:I": 1000.0}', dtype=np.uint8).tofile(path)

p = mp.Process(target=keep_logging, args=(os.environ["PYEXEC_CHANNEL_STORE"],))
p.start()
results = {"started": p.pid}
