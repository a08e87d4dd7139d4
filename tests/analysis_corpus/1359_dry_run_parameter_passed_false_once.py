# expect: writes=yes reads=no risk=low approval=yes
# why: the guard for 1358: one call passes False, so the write may run
import epics
def apply(v, dry_run=True):
    if dry_run:
        return
    epics.caput("SR:PS1:SP", v)
apply(1.0)
apply(2.0, False)
results = {}
