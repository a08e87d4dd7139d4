# expect: writes=no reads=no risk=low approval=no
# why: SyncManager() without an address serves the run's own processes on a private Unix socket, as multiprocessing.Manager() does; it was a network finding (with an address it still is) (round 17)
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    mgr = SyncManager()
    mgr.start()
    shared = mgr.dict()
    shared["n"] = 1
    results = dict(shared)
    mgr.shutdown()
