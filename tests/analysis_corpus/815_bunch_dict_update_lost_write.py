# expect: writes=yes reads=no risk=high approval=n/a
# why: the Bunch idiom self.__dict__.update(kw) with a PV keyword; cbf6891 listed the write (high), 59b960d lists none (still high), so under PYEXEC_DYNAMIC_ACCESS=approval the human sees writes=false (round 19)
import epics
class Bunch:
    def __init__(self, **kw): self.__dict__.update(kw)
class Tuner:
    def __init__(self): self.pv = 3
b = Bunch(pv=epics.PV('X:B'))
b.pv.put(1)
