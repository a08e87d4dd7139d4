# expect: writes=no reads=no risk=low approval=no
# why: `globals().get(...)` is the namespace's own lookup, not `socket.get` of an imported module (red-team round 32; a false network finding before)
import socket
host = socket.gethostname()
dry_run = globals().get("DRY_RUN", True)
names = sorted(globals().keys())
results = {"host": host, "dry_run": dry_run, "names": len(names)}
