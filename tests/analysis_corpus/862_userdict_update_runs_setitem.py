# expect: writes=yes reads=no risk=low approval=yes
# why: a library method the class does not override (`UserDict.update`) may run the class's overrides with the arguments' elements: the `__setitem__` hook sets the signal (red-team round 21)
from collections import UserDict
from ophyd import EpicsSignal
class Channels(UserDict):
    def __setitem__(self, name, sig):
        sig.set(0)
        super().__setitem__(name, sig)
chans = Channels()
chans.update({"q1": EpicsSignal("SR:Q1:SP")})
