# expect: writes=no reads=no risk=high approval=n/a
# why: plumbum's `local[...]` and the `sh` package run programs through subprocess/fork (round 19)
import sh
from plumbum import local

uptime = local["uptime"]()
host = sh.hostname(_tty_out=False)
results = {"uptime": uptime, "host": str(host)}
