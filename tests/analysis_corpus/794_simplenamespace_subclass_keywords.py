# expect: writes=yes reads=no risk=low approval=yes
# why: keywords of a local subclass of types.SimpleNamespace are its attributes (as for SimpleNamespace itself); not followed (missed write) (round 19)
import types, epics
class Cfg(types.SimpleNamespace):
    pass
c = Cfg(dev=epics.PV('X:A'))
c.dev.value = 1
