# expect: writes=yes reads=no risk=low approval=yes
# why: a default read back through __kwdefaults__ and called (red-team round 9)
import epics

def configure(*, writer=epics.caput, dry_run=True):
    pass

apply = configure.__kwdefaults__['writer']
apply('LI20:FB:ENA', 1)
results = {}
