# expect: writes=yes reads=no risk=low approval=yes
# why: a @contextmanager yields a PV; the with target is that PV
import epics, contextlib
@contextlib.contextmanager
def make_pv():
    yield epics.PV('X:Y')
with make_pv() as pv:
    pv.value = 1
results = {}
