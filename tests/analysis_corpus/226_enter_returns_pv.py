# expect: writes=yes reads=no risk=low approval=yes
# why: a local context manager's __enter__ returns a PV
import epics
class Cm:
    def __enter__(self):
        return epics.PV('X:Y')
    def __exit__(self, *a):
        return False
with Cm() as p:
    p.value = 1
results = {}
