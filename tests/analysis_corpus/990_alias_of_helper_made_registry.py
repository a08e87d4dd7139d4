# expect: writes=yes reads=no risk=low approval=yes
# why: a registry made by a helper has no display the walk can follow, but `alias = registry` is the same dict: the PV stored through `alias` is put through `registry` (red-team round 26)
import epics
def make_registry():
    return {}
registry = make_registry()
alias = registry
alias['hcm1'] = epics.PV('SR:HCM1:SP')
registry['hcm1'].put(0.0)
