# expect: writes=yes reads=no risk=low approval=yes
# why: f(*obj) of a class with only __getitem__: the arguments are its elements (round 15)
import epics
class Seq:
    def __getitem__(self, i):
        if i > 0:
            raise IndexError
        return epics.PV("X:A")
def f(pv):
    pv.value = 1.0
f(*Seq())
results = {}
