# expect: writes=yes reads=no risk=low approval=yes
# why: the AttrDict idiom (__getattr__ = dict.__getitem__): d.dev is the dict's item stored by the constructor's keyword (missed write) (round 19)
import epics
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
d = AttrDict(dev=epics.PV('X:A'))
d.dev.value = 1
