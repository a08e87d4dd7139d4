# expect: writes=yes reads=no risk=low approval=yes
# why: caput stored as an attribute of a namespace object and called from there
import epics, types
ns = types.SimpleNamespace()
ns.w = epics.caput
ns.w('X:Y', 1)
results = {}
